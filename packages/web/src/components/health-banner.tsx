import { useState } from 'react';
import type { HealthResponse } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { useInterval } from '../hooks/use-interval.js';

const CONSEQUENCES: Record<string, string> = {
  planner: 'new apps and changes by prompt cannot be built until it is back; running apps keep working.',
  sandbox: 'apps cannot be started, and running apps may have stopped.',
  database: 'nothing can be saved until it is back.',
};

/** What a person should know from /health, or null when all is well. */
export function healthProblems(health: (HealthResponse & { failing?: string[] }) | 'unreachable'): string[] {
  if (health === 'unreachable')
    return ['The Isekai backend is not answering: check that `npm start` is still running.'];
  const failing =
    health.failing ?? Object.keys(health.services).filter((name) => health.services[name]?.status !== 'ok');
  return failing.map((name) => {
    const check = health.services[name];
    const why = check?.message ? ` ${check.message}` : '';
    return `The ${name} is ${check?.status ?? 'down'}: ${CONSEQUENCES[name] ?? 'some actions may fail.'}${why}`;
  });
}

export function HealthBanner({ intervalMs = 10_000 }: { intervalMs?: number }) {
  const [problems, setProblems] = useState<string[]>([]);
  useInterval(() => {
    api.health().then(
      (health) => setProblems(healthProblems(health)),
      () => setProblems(healthProblems('unreachable')),
    );
  }, intervalMs);
  if (problems.length === 0) return null;
  return (
    <div className="health-banner" role="status">
      {problems.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </div>
  );
}
