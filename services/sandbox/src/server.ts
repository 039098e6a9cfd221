import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createLogger, listen, type Logger } from '@isekai/service-kit';
import { createApp } from './app.js';
import type { SandboxConfig } from './config.js';
import { Sandbox } from './domain/apps/sandbox.service.js';
import { prepareAppsDir } from './domain/files/apps-dir.js';
import { activeDefences, missingDefences } from './domain/launch/defences.js';
import { detectHostCapabilities } from './domain/launch/host-capabilities.detector.js';
import { PortPool } from './domain/ports/port.pool.js';
import { reapOrphans } from './domain/recovery/orphans.reaper.js';
import { PidFiles } from './domain/recovery/pid-files.store.js';
import { startWatchdog } from './domain/watchdog/usage.watchdog.js';
import { createSandboxMetrics } from './sandbox.metrics.js';

export interface RunningSandbox {
  url: string;
  port: number;
  instanceId: string;
  /** Stops every app, then the HTTP server. */
  stop(): Promise<void>;
}

/** Everything a sandbox start does, in order: clean up after a crash, detect defences, listen. */
export async function startSandbox(
  config: SandboxConfig,
  logger: Logger = createLogger('sandbox', config.logLevel),
): Promise<RunningSandbox> {
  await prepareAppsDir(config.appsDir);
  const pidFiles = new PidFiles(config.stateDir);
  await pidFiles.init();
  await reapOrphans(pidFiles, config.appsDir, logger);

  const instanceId = randomUUID();
  const host = await detectHostCapabilities({
    isolation: config.isolation,
    appsDir: config.appsDir,
    allowedModules: config.allowedModules,
    // The pid lets a later sandbox tell a crashed owner's leftover groups from a live neighbour's.
    tag: `${process.pid}-${instanceId.slice(0, 8)}`,
    trial: {
      uid: config.appUidBase,
      files: { openFiles: config.maxOpenFiles, fileBytes: config.maxFileMb * 1024 * 1024 },
      pids: config.maxProcesses,
      timeoutMs: config.startTimeoutMs,
    },
  });
  const defences = activeDefences(host);
  const notApplicable = host.notes.filter((note) => note.status === 'not-applicable').map((n) => n.defence);
  // A root sandbox gives each app its own uid instead of a user namespace: that one does not apply.
  if (defences.separateUser) notApplicable.push('userNamespace');
  const missing = missingDefences(defences, notApplicable);
  if (missing.length > 0) {
    logger.warn({ missing, why: host.problems }, 'sandbox defences not active on this host');
  }
  for (const note of host.notes) {
    logger.warn(note, `${note.defence}: ${note.status}: ${note.why}${note.fix ? `; fix: ${note.fix}` : ''}`);
  }
  const moved = host.isolation?.cgroups?.moved ?? 0;
  if (moved > 0)
    logger.info({ moved }, "cgroup v2: moved this group's processes into its leaf to delegate controllers");

  const ports = new PortPool({ min: config.appPortMin, max: config.appPortMax });
  const measured = createSandboxMetrics();
  const sandbox = new Sandbox(
    { config, ports, pidFiles, host, logger, observer: measured.observer },
    instanceId,
  );
  measured.watch(sandbox);
  const stopWatchdog = startWatchdog(
    sandbox,
    {
      intervalMs: config.watchdogIntervalMs,
      cpuGraceMs: config.cpuGraceMs,
      diskCapMb: host.isolation ? config.maxDiskMb : null,
      appDir: (id) => join(config.appsDir, id),
    },
    logger,
  );
  const server = await listen(
    createApp({ config, sandbox, ports, defences, notes: host.notes, logger, metrics: measured.metrics }),
    config.port,
    config.host,
  );

  return {
    url: server.url,
    port: server.port,
    instanceId,
    async stop() {
      stopWatchdog();
      await Promise.all([sandbox.shutdown(), server.stop()]);
      await host.isolation?.cgroups?.close();
    },
  };
}
