import type { AppResponse } from '@isekai/contracts';
import { StatusBadge } from './status-badge.js';

interface AppListProps {
  apps: AppResponse[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  loaded: boolean;
  /** Loads the next older page; absent when every app is shown. */
  onShowOlder?: () => void;
}

export function AppList({ apps, selectedId, onSelect, loaded, onShowOlder }: AppListProps) {
  return (
    <nav className="sidebar" aria-label="Your apps">
      <button
        type="button"
        className="primary new-app"
        onClick={() => onSelect(null)}
        aria-current={selectedId === null ? 'page' : undefined}
      >
        + New app
      </button>
      <h2 className="sidebar-title">Your apps</h2>
      {loaded && apps.length === 0 && <p className="muted">No apps yet. Describe one to start.</p>}
      <ul className="app-list">
        {apps.map((app) => (
          <li key={app.id}>
            <a
              href={`#/apps/${app.id}`}
              className="app-link"
              aria-current={app.id === selectedId ? 'page' : undefined}
            >
              <span className="app-name" title={app.name}>
                {app.name}
              </span>
              <StatusBadge status={app.status} />
            </a>
          </li>
        ))}
      </ul>
      {onShowOlder && (
        <button type="button" className="secondary show-older" onClick={onShowOlder}>
          Show older apps
        </button>
      )}
    </nav>
  );
}
