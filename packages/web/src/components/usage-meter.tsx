import type { AppResponse } from '@isekai/contracts';

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m}:${String(s).padStart(2, '0')}`;
}

/** Memory, CPU and time left against the app's limits; the numbers come from GET /api/apps/:id, polled while it runs. */
export function UsageMeter({ app }: { app: AppResponse }) {
  const { usage, limits } = app;
  if (app.status !== 'running' || !usage) return null;
  const memory = Math.min(100, (usage.memoryMb / limits.memoryMb) * 100);
  return (
    <dl className="usage" aria-label="Resource use">
      <div>
        <dt>Memory</dt>
        <dd>
          <meter
            min={0}
            max={limits.memoryMb}
            value={usage.memoryMb}
            high={limits.memoryMb * 0.8}
            aria-label="Memory use"
            title={`${memory.toFixed(0)} %`}
          />{' '}
          {usage.memoryMb.toFixed(0)} / {limits.memoryMb} MB
        </dd>
      </div>
      <div>
        <dt>CPU</dt>
        <dd>
          {usage.cpuPercent.toFixed(0)} % of {limits.cpuPercent} %
        </dd>
      </div>
      {usage.timeLeftMs !== null && (
        <div>
          <dt>Time left</dt>
          <dd>{formatDuration(usage.timeLeftMs)}</dd>
        </div>
      )}
    </dl>
  );
}
