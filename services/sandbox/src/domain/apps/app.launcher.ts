import type { AppCgroup } from '../cgroups/cgroup.types.js';
import { AppProcess } from '../launch/app.process.js';
import { buildLaunchPlan } from '../launch/launch-plan.builder.js';
import { openListenSocket } from '../ports/listen.socket.js';
import { appUid, giveAppDir, reclaimAppDir } from '../users/app-user.js';
import type { AppRecord } from './app.record.js';
import type { RunnerDeps } from './app.runner.js';

export interface Launched {
  process: AppProcess;
  cgroup: AppCgroup | null;
  uid: number | null;
  handover: boolean;
}

/** Prepares every layer the host offers (owner, cgroup, listening socket), then spawns inside them. */
export async function launch(
  record: AppRecord,
  appDir: string,
  port: number,
  deps: RunnerDeps,
): Promise<Launched> {
  const { config, host } = deps;
  const isolation = host.isolation;
  const uid = isolation?.confinement ? appUid(port, config.appPortMin, config.appUidBase) : null;
  let cgroup: AppCgroup | null = null;
  try {
    if (uid !== null) await giveAppDir(appDir, uid);
    cgroup =
      (await isolation?.cgroups?.create(`${record.id}-${record.starts + 1}`, {
        memoryBytes: record.limits.memoryMb * 1024 * 1024,
        cpuPercent: record.limits.cpuPercent,
        pids: config.maxProcesses,
      })) ?? null;
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
    const socket = plan.handover ? await openListenSocket(port) : null;
    try {
      const process = new AppProcess(plan, record.logs, config.logLineMaxBytes, socket?.fd ?? null);
      return { process, cgroup, uid, handover: plan.handover };
    } finally {
      socket?.close();
    }
  } catch (error) {
    await cgroup?.remove().catch(() => undefined);
    if (uid !== null) await reclaimAppDir(appDir);
    throw error;
  }
}
