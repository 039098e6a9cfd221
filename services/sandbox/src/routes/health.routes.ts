import { Router } from 'express';
import type { SandboxConfig } from '../config.js';
import type { Sandbox } from '../domain/apps/sandbox.service.js';
import type { Defences } from '../domain/launch/defences.js';
import type { DefenceNote } from '../domain/launch/host.types.js';
import type { PortPool } from '../domain/ports/port.pool.js';

export interface HealthDeps {
  config: SandboxConfig;
  sandbox: Sandbox;
  ports: PortPool;
  defences: Defences;
  /** For each defence that is off: why, and the command that turns it on (or that it cannot apply). */
  notes: DefenceNote[];
}

export function healthRoutes({ config, sandbox, ports, defences, notes }: HealthDeps): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      service: 'sandbox',
      instanceId: sandbox.instanceId,
      apps: sandbox.counts(),
      capacity: ports.capacity(),
      limits: {
        memoryMb: config.maxMemoryMb,
        cpuPercent: config.maxCpuPercent,
        timeoutMs: config.executionTimeoutMs,
      },
      defences,
      notes,
    });
  });
  return router;
}
