import type { ApiKeyInfo } from '@isekai/contracts';

/** Whose key this browser uses, how much of its quota is taken, and the way out. */
export function KeyBadge({ apiKey, onSignOut }: { apiKey: ApiKeyInfo; onSignOut: () => void }) {
  return (
    <div className="key-badge">
      <span className="small key-name">
        <span className="hide-narrow">Signed in as </span>
        <strong>{apiKey.name}</strong>
      </span>
      <span className="muted small hide-narrow">
        {apiKey.apps} of {apiKey.maxApps} apps
      </span>
      <button type="button" onClick={onSignOut}>
        Sign out
      </button>
    </div>
  );
}
