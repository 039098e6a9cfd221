import type { HealthCheck, HealthResponse } from '@isekai/contracts';
import type { PlannerClient } from '../clients/planner.client.js';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { Db } from '../data/database.js';

async function timed(check: () => Promise<Record<string, unknown> | undefined>): Promise<HealthCheck> {
  const started = performance.now();
  try {
    const details = await check();
    return {
      status: 'ok',
      latencyMs: Math.round(performance.now() - started),
      ...(details ? { details } : {}),
    };
  } catch (error) {
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      message: (error as Error).message,
    };
  }
}

/** Aggregated health for load balancers: 503 as soon as any dependency is down, naming it. */
export function createHealthService({
  db,
  planner,
  sandbox,
}: {
  db: Db;
  planner: PlannerClient;
  sandbox: SandboxClient;
}) {
  return {
    async check(): Promise<HealthResponse & { failing: string[] }> {
      const [database, plannerCheck, sandboxCheck] = await Promise.all([
        timed(() => {
          db.first('SELECT 1');
          return Promise.resolve({ journalMode: db.journalMode() });
        }),
        timed(() => planner.health()),
        timed(() => sandbox.health()),
      ]);
      const services: Record<string, HealthCheck> = {
        backend: { status: 'ok' },
        database,
        planner: plannerCheck,
        sandbox: sandboxCheck,
      };
      const failing = Object.entries(services)
        .filter(([, c]) => c.status !== 'ok')
        .map(([name]) => name);
      return {
        status: failing.length === 0 ? 'ok' : 'down',
        services,
        failing,
        timestamp: new Date().toISOString(),
      };
    },
    databaseReady(): boolean {
      try {
        db.first('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
  };
}

export type HealthService = ReturnType<typeof createHealthService>;
