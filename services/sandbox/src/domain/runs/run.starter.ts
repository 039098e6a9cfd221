import type { AppRecord } from '../apps/app.record.js';
import { waitUntilListening, waitUntilSignalled } from '../ports/port.probe.js';
import { STOP_GRACE_MS } from './app-run.js';
import { launch } from './run.launcher.js';
import type { RunDeps } from './run.deps.js';

/**
 * Starts one run of an app and resolves once it listens on its port or has ended (failed start). A
 * launch that throws gives back what it took, leaves the run `failed`, and throws on.
 */
export async function startRun(
  record: AppRecord,
  appDir: string,
  deps: RunDeps,
  preferredPort: number | null,
): Promise<void> {
  const run = record.openRun({ startTimeoutMs: deps.config.startTimeoutMs, logger: deps.logger });
  let port: number;
  let launched: Awaited<ReturnType<typeof launch>>;
  try {
    port = await deps.ports.allocate(preferredPort);
    run.cleanup.defer('port', () => deps.ports.release(port));
    run.usePort(port);
    launched = await launch(record, run, port, appDir, deps);
  } catch (error) {
    await run.abort(error);
    throw error;
  }
  const { process, handover } = launched;
  const wait = { timeoutMs: deps.config.startTimeoutMs, ended: process.ended };
  const outcome = handover
    ? await waitUntilSignalled(process.ready, wait)
    : await waitUntilListening(port, wait);
  if (outcome === 'listening' && run.markRunning()) return;
  if (outcome === 'timeout') {
    await run.end({ reason: 'start-timeout', status: 'failed', message: '' }, STOP_GRACE_MS);
  }
  await run.done;
}
