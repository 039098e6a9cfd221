import { AppError } from '@isekai/service-kit';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { Store } from '../data/store.js';
import { requireApp } from './require-app.js';

/** An app's output, kept by the sandbox: recent lines, or followed live. */
export function createAppLogs({ store, sandbox }: { store: Store; sandbox: SandboxClient }) {
  return {
    async recent(appId: string, tail: number) {
      requireApp(store, appId);
      return (await sandbox.logs(appId, tail)) ?? { lines: [], dropped: 0 };
    },

    /** The sandbox's event stream of the app's output; `signal` ends it. */
    async follow(appId: string, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
      requireApp(store, appId);
      const upstream = await sandbox.followLogs(appId, signal);
      if (!upstream.body)
        throw new AppError({
          code: 'sandbox-error',
          status: 502,
          message: 'The sandbox sent no log stream.',
        });
      return upstream.body;
    },
  };
}
