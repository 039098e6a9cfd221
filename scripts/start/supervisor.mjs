// Keeps the services of `npm start` running: a service that dies once the platform is up is started again
// after a back-off while the others keep running; one that keeps dying makes the supervisor give up and stop
// everything. A service that dies while the platform is still starting stops it at once (a configuration
// problem, which its own message names, is not fixed by trying again).
import { createRestartPolicy } from './restart-policy.mjs';

/** How long SIGTERM may take (a service gives itself 12 s to drain and close) before what is left is killed. */
const FORCE_STOP_MS = 15_000;

/**
 * `spawnService(service)` starts one service's process; `onFatal(message)` is called once, when the
 * supervisor gives up (the caller stops everything).
 */
export function createSupervisor({ spawnService, maxRestarts, backoffMs, onFatal }) {
  const policy = createRestartPolicy({ maxRestarts, backoffMs });
  const children = new Map();
  const pending = new Set();
  let phase = 'starting';

  function giveUp(message) {
    if (phase === 'stopping') return;
    console.error(`\n${message}`);
    onFatal(message);
  }

  function exited(service, code, signal) {
    children.delete(service.name);
    if (phase === 'stopping') return;
    const how = signal ?? `exit ${code}`;
    if (phase === 'starting')
      return giveUp(`${service.name} stopped while Isekai was starting (${how}); stopping Isekai.`);
    const decision = policy.next(service.name, Date.now());
    if (decision.giveUp) {
      return giveUp(
        `${service.name} stopped unexpectedly (${how}) after ${maxRestarts} restarts within a minute (SUPERVISOR_MAX_RESTARTS); giving up: stopping Isekai.`,
      );
    }
    console.error(
      `${service.name} stopped unexpectedly (${how}); restarting it in ${(decision.delayMs / 1000).toFixed(1)} s (restart ${decision.restart} of at most ${maxRestarts} a minute).`,
    );
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (phase !== 'stopping') launch(service);
    }, decision.delayMs);
    pending.add(timer);
  }

  function launch(service) {
    const child = spawnService(service);
    children.set(service.name, child);
    child.once('exit', (code, signal) => exited(service, code, signal));
  }

  return {
    launch,
    /** From now on a service that dies is restarted. */
    started() {
      phase = 'running';
    },
    /** SIGTERM to every service (SIGKILL to what is left after FORCE_STOP_MS); no restart after this. */
    async stopAll() {
      phase = 'stopping';
      pending.forEach(clearTimeout);
      pending.clear();
      const running = [...children.values()];
      const exits = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
      running.forEach((child) => child.kill('SIGTERM'));
      const force = setTimeout(() => running.forEach((child) => child.kill('SIGKILL')), FORCE_STOP_MS);
      await Promise.all(exits);
      clearTimeout(force);
    },
  };
}
