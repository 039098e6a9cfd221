import type { SandboxAppState } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { Store } from '../data/store.js';
import type { Activity } from './activity.js';
import { asAppError } from './failures.js';
import { readManifest } from './manifest.js';
import { requireCurrentVersion } from './require-app.js';
import { retryWhileRestarting } from './while-restarting.js';

export type DeployOutcome = { ok: true; state: SandboxAppState } | { ok: false; error: AppError };

function startFailure(state: SandboxAppState): AppError {
  return new AppError({
    code: state.exit?.reason === 'start-timeout' ? 'app-start-timeout' : 'app-start-failed',
    status: 422,
    message: state.exit?.message ?? 'The app did not start; see its log.',
    details: { exit: state.exit },
  });
}

/** Sends the app's current version to the sandbox and records what happened. */
export function createDeployer({
  store,
  sandbox,
  activity,
}: {
  store: Store;
  sandbox: SandboxClient;
  activity: Activity;
}) {
  return {
    async deploy(appId: string, reason: string): Promise<DeployOutcome> {
      let target: ReturnType<typeof requireCurrentVersion>;
      try {
        target = requireCurrentVersion(store, appId);
      } catch (error) {
        return { ok: false, error: asAppError(error) };
      }
      const { app, version } = target;
      activity.change(
        appId,
        { status: 'deploying' },
        { type: 'deploying', message: `Starting version ${version.number} (${reason}).` },
      );
      let state: SandboxAppState;
      try {
        const { entry } = readManifest(version.files);
        // A sandbox being restarted is waited for: its new instance takes the whole deploy again.
        state = await retryWhileRestarting(() =>
          sandbox.deploy(appId, {
            files: version.files,
            entry,
            limits: app.limits,
            ...(app.port ? { preferredPort: app.port } : {}),
          }),
        );
      } catch (error) {
        return {
          ok: false,
          error:
            error instanceof AppError
              ? error
              : new AppError({
                  code: 'deploy-failed',
                  status: 502,
                  message: 'The sandbox could not start the app.',
                  cause: error,
                }),
        };
      }
      if (state.status !== 'running') return { ok: false, error: startFailure(state) };
      activity.change(
        appId,
        { status: 'running', port: state.port, error: null },
        {
          type: 'running',
          message: `Running on port ${state.port}.`,
          data: { port: state.port, version: version.number },
        },
      );
      return { ok: true, state };
    },
  };
}

export type Deployer = ReturnType<typeof createDeployer>;
