import type { AppStatus } from '@isekai/contracts';

const LABELS: Record<AppStatus, string> = {
  planning: 'Planning',
  deploying: 'Starting',
  running: 'Running',
  stopped: 'Stopped',
  expired: 'Expired',
  crashed: 'Crashed',
  failed: 'Failed',
  deleted: 'Deleted',
};

const BUSY = new Set<AppStatus>(['planning', 'deploying']);

export function StatusBadge({ status }: { status: AppStatus }) {
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {BUSY.has(status) && <span className="spinner" aria-hidden="true" />}
      {LABELS[status]}
    </span>
  );
}
