import type { SandboxAppState } from '@isekai/contracts';
import { isAppError, type Logger, type KeyedQueue } from '@isekai/service-kit';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { AppRecord } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';
import type { Activity } from './activity.js';
import { QUIET_OBSERVER, type BackendObserver } from './backend.observer.js';
import type { Deployer } from './deployer.js';
import { createRestartPolicy } from './restart-policy.js';
import type { NoticeReader } from './sandbox-notices.js';

export interface ReconcilerDeps {
  store: Store;
  activity: Activity;
  locks: KeyedQueue;
  sandbox: SandboxClient;
  deployer: Deployer;
  logger: Logger;
  maxRestarts: number;
  restartBackoffMs: number;
  /** Security events from what the sandbox stopped or refused. */
  notices?: NoticeReader;
  observer?: BackendObserver;
}

/** States in which the backend is still trying to run the app; the others are settled until the owner acts. */
const ACTIVE = new Set<AppRecord['status']>(['running', 'deploying', 'planning']);

/**
 * The backend owns the truth, the sandbox owns processes: each pass compares what should run with what
 * does, restarts what died (with back-off, then `crashed`), marks what ran out of time `expired`, and
 * removes processes of apps that no longer exist. A new sandbox instance means every process was lost.
 */
export function createReconciler({
  store,
  activity,
  locks,
  sandbox,
  deployer,
  logger,
  maxRestarts,
  restartBackoffMs,
  notices,
  observer = QUIET_OBSERVER,
}: ReconcilerDeps) {
  const restarts = createRestartPolicy({ maxRestarts, backoffMs: restartBackoffMs });
  let states = new Map<string, SandboxAppState>();
  let instanceId: string | null = null;
  let passing = false;
  /** Why passes fail, while they do: said once when it starts and once when it ends, not every second. */
  let failing: string | null = null;

  function restart(app: AppRecord, why: string): void {
    const decision = restarts.next(app.id, Date.now());
    if (decision === 'wait') return;
    if (decision === 'give-up') {
      observer.reconcileAction('crashed');
      activity.change(
        app.id,
        {
          status: 'crashed',
          error: {
            code: 'app-crashed',
            message: `${why} It was restarted ${maxRestarts} times and kept failing; fix it and start it again.`,
          },
        },
        { type: 'crashed', message: why },
      );
      return;
    }
    observer.reconcileAction('restart');
    activity.record(app.id, 'restarting', `${why} Restarting.`);
    void locks
      .run(app.id, async () => {
        const outcome = await deployer.deploy(app.id, 'restart');
        if (!outcome.ok) activity.record(app.id, 'restart-failed', outcome.error.message);
      })
      .catch((error: unknown) => logger.warn({ err: error, appId: app.id }, 'restart failed'));
  }

  function reconcileApp(app: AppRecord, state: SandboxAppState | undefined): void {
    const alive = state?.status === 'running' || state?.status === 'starting';
    if (app.desiredState === 'stopped') {
      if (alive) {
        observer.reconcileAction('stop');
        void locks.run(app.id, () => sandbox.stop(app.id)).catch(() => undefined);
      }
      return;
    }
    if (!ACTIVE.has(app.status) || app.currentVersion === 0) return;
    if (alive) {
      if (state.status === 'running' && app.status !== 'running') {
        observer.reconcileAction('running');
        activity.change(
          app.id,
          { status: 'running', port: state.port, error: null },
          { type: 'running', message: `Running on port ${state.port}.` },
        );
      }
      restarts.noteRunning(app.id, state.uptimeMs);
      return;
    }
    if (state?.status === 'expired') {
      observer.reconcileAction('expired');
      activity.change(
        app.id,
        {
          status: 'expired',
          desiredState: 'stopped',
          error: {
            code: 'app-expired',
            message: 'The app ran past its time limit and was stopped; start it again to keep using it.',
          },
        },
        { type: 'expired', message: 'Stopped at its time limit.' },
      );
      return;
    }
    restart(app, state?.exit?.message ?? 'The app is not running in the sandbox.');
  }

  async function pass(): Promise<void> {
    const list = await sandbox.list();
    if (instanceId !== list.instanceId) {
      if (instanceId !== null) {
        observer.sandboxRestarted();
        logger.warn({ previous: instanceId, current: list.instanceId }, 'sandbox restarted; restoring apps');
      }
      instanceId = list.instanceId;
      restarts.clear();
    }
    states = new Map(list.apps.map((s) => [s.id, s]));
    notices?.read(list);
    const live = new Set<string>();
    for (const app of store.apps.listLiveApps()) {
      live.add(app.id);
      if (!locks.isBusy(app.id)) reconcileApp(app, states.get(app.id));
    }
    for (const orphan of list.apps.filter((s) => !live.has(s.id))) {
      observer.reconcileAction('remove-orphan');
      logger.info({ appId: orphan.id }, 'removing a process whose app no longer exists');
      void sandbox.remove(orphan.id).catch(() => undefined);
    }
  }

  return {
    /** One pass; overlapping calls are skipped. Errors (the sandbox down) are logged, never thrown. */
    async reconcile(): Promise<void> {
      if (passing) return;
      passing = true;
      try {
        await pass();
        if (failing !== null) logger.info('reconcile passes work again');
        failing = null;
      } catch (error) {
        // An AppError (the sandbox down) is an expected state, told by its message; anything else is a bug.
        const reason = isAppError(error) ? error.message : String(error);
        if (reason !== failing)
          logger.warn(
            isAppError(error) ? { code: error.code } : { err: error },
            `reconcile pass failed, retrying: ${reason}`,
          );
        failing = reason;
      } finally {
        passing = false;
      }
    },
    stateOf: (appId: string) => states.get(appId),
    resetRestarts: (appId: string) => restarts.reset(appId),
  };
}

export type Reconciler = ReturnType<typeof createReconciler>;
