import { Router } from 'express';
import type { SandboxConfig } from '../config.js';
import type { Sandbox } from '../domain/apps/sandbox.service.js';
import type { Defences } from '../domain/launch/defences.js';
import type { PortPool } from '../domain/ports/port.pool.js';

export interface HealthDeps {
  config: SandboxConfig;
  sandbox: Sandbox;
  ports: PortPool;
  defences: Defences;
}

export function healthRoutes({ config, sandbox, ports, defences }: HealthDeps): Router {
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
    });
  });
  return router;
}
