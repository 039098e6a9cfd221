import { AppProcess } from '../launch/app.process.js';
import { buildLaunchPlan } from '../launch/launch-plan.builder.js';
import { openListenSocket } from '../ports/listen.socket.js';
import { appUid, giveAppDir, reclaimAppDir } from '../users/app-user.js';
import type { AppRecord } from '../apps/app.record.js';
import type { AppRun } from './app-run.js';
import type { RunDeps } from './run.deps.js';

/**
 * Takes each resource the host's layers need (directory owner, cgroup, listening socket), registering
 * its undo in the run's clean-up as it does, then spawns inside them. `handover`: the app gets its
 * listening socket handed over, so readiness is its own signal rather than a probe.
 */
export async function launch(
  record: AppRecord,
  run: AppRun,
  port: number,
  appDir: string,
  deps: RunDeps,
): Promise<{ process: AppProcess; handover: boolean }> {
  const { config, host, pidFiles, logger } = deps;
  const isolation = host.isolation;
  // A user namespace maps only the sandbox's own uid: there the view alone keeps apps apart.
  const ownUid = isolation?.confinement?.mode === 'own-uid';
  const uid = ownUid ? appUid(port, config.appPortMin, config.appUidBase) : null;
  if (uid !== null) {
    // Registered first: a chown that stops half-way still leaves entries to take back.
    run.cleanup.defer('app directory owner', () => reclaimAppDir(appDir));
    await giveAppDir(appDir, uid);
  }
  const cgroup = await isolation?.cgroups?.create(`${record.id}-${record.starts}`, {
    memoryBytes: record.limits.memoryMb * 1024 * 1024,
    cpuPercent: record.limits.cpuPercent,
    pids: config.maxProcesses,
  });
  if (cgroup) {
    run.cleanup.defer('cgroup', () => cgroup.remove());
    run.useCgroup(cgroup);
  }
  const plan = buildLaunchPlan(
    {
      id: record.id,
      appDir,
      entry: record.entry,
      port,
      limits: record.limits,
      uid: uid ?? undefined,
      cgroupProcs: cgroup?.procsFiles,
      files: { openFiles: config.maxOpenFiles, fileBytes: config.maxFileMb * 1024 * 1024 },
    },
    host,
  );
  // The sandbox's copy of the socket is needed only until the app has its own.
  const socket = plan.handover ? await openListenSocket(port) : null;
  let process: AppProcess;
  try {
    process = new AppProcess(plan, record.logs, config.logLineMaxBytes, socket?.fd ?? null);
  } finally {
    socket?.close();
  }
  // Normally long gone by the clean-up; it matters when the run ends before its process does.
  run.cleanup.defer('process tree', () => process.terminate(0));
  const pid = process.pid;
  if (pid !== null) {
    // Written before the run hears of its process: the removal below can never come before the write.
    run.cleanup.defer('pid file', () => pidFiles.remove(record.id));
    await pidFiles
      .write(record.id, pid)
      .catch((error: unknown) => logger.error({ err: error }, 'cannot write pid file'));
  }
  run.useProcess(process);
  return { process, handover: plan.handover };
}
