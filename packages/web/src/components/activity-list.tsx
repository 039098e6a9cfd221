import type { AppEvent } from '@isekai/contracts';

/** Everything that happened to the app, newest first, in the backend's own words. */
export function ActivityList({ events }: { events: AppEvent[] }) {
  if (events.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  return (
    <ol className="activity">
      {[...events].reverse().map((e) => (
        <li key={e.id} className={`activity-${e.type}`}>
          <time className="muted small" dateTime={e.at}>
            {new Date(e.at).toLocaleTimeString()}
          </time>{' '}
          {e.message}
        </li>
      ))}
    </ol>
  );
}
