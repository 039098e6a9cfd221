import { useState } from 'react';
import type { AppResponse } from '@isekai/contracts';
import type { Progress } from '../state/progress.js';
import { ErrorNotice } from './error-notice.js';
import { ProgressPanel } from './progress-panel.js';
import { ApiError } from '../api/api-error.js';

const STOPPED_WORDS: Partial<Record<AppResponse['status'], string>> = {
  stopped: 'This app is stopped. Start it to use it here.',
  expired: 'This app ran past its time limit and was stopped. Start it again to keep using it.',
};

/**
 * The running app, in an iframe on its own port. The sandbox flags are as tight as generated apps allow:
 * they need scripts and forms, same-origin for their own fetch() and localStorage, downloads for CSV export
 * and modals for their confirm() dialogs. allow-same-origin is safe ONLY because the app's origin (its own
 * port) differs from the UI's: it grants the app its own origin, never this page's, and cannot reach our DOM,
 * cookies or API session.
 */
export function PreviewPane({
  app,
  progress,
  starts,
  onStart,
}: {
  app: AppResponse;
  progress: Progress | null;
  starts: number;
  onStart: () => void;
}) {
  const [reloads, setReloads] = useState(0);
  const building = progress?.outcome === 'working';
  if (app.status === 'running' && app.url) {
    return (
      <div className="preview">
        <div className="preview-bar">
          <code className="preview-url">{app.url}</code>
          <button type="button" onClick={() => setReloads((n) => n + 1)}>
            Reload
          </button>
          <a className="button" href={app.url} target="_blank" rel="noopener noreferrer">
            Open in new tab
          </a>
        </div>
        {building && progress && <ProgressPanel progress={progress} plan={app.plan} compact />}
        <iframe
          key={`${starts}-${reloads}`}
          className="preview-frame"
          title={`Preview of ${app.name}`}
          src={app.url}
          sandbox="allow-scripts allow-forms allow-same-origin allow-downloads allow-modals"
          referrerPolicy="no-referrer"
        />
      </div>
    );
  }
  const stopped = STOPPED_WORDS[app.status];
  // Running out of time is how apps end, not a failure: the calm notice below says it once, with Start.
  const failure = app.error && app.error.code !== 'app-expired' ? app.error : null;
  return (
    <div className="preview preview-empty">
      {failure && !building && <ErrorNotice error={new ApiError({ ...failure, status: 422 })} />}
      {stopped && !building && (
        <div className="notice">
          <p>{stopped}</p>
          <button type="button" className="primary" onClick={onStart}>
            Start
          </button>
        </div>
      )}
      {progress ? (
        <ProgressPanel progress={progress} plan={app.plan} />
      ) : (
        <p className="muted">Waiting for the first news from the platform…</p>
      )}
    </div>
  );
}
