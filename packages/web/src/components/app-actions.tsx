import { useEffect, useRef, useState } from 'react';
import type { AppResponse } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { downloadArchive } from '../api/download-archive.js';
import { ErrorNotice } from './error-notice.js';

/** Cancel a build or change, start, stop, download and delete. Deleting asks first, with the focus on the safe answer. */
export function AppActions({ app, onDeleted }: { app: AppResponse; onDeleted: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const run = (action: () => Promise<unknown>, then?: () => void) => {
    setBusy(true);
    setError(null);
    action()
      .then(
        () => then?.(),
        (failure: unknown) => setError(failure),
      )
      .finally(() => setBusy(false));
  };
  const wantsRunning = app.desiredState === 'running' && app.status !== 'expired';

  return (
    <div className="actions">
      <div className="form-row">
        {app.status === 'planning' && (
          <button type="button" onClick={() => run(() => api.cancel(app.id))} disabled={busy}>
            {app.version === 0 ? 'Cancel build' : 'Cancel change'}
          </button>
        )}
        {wantsRunning ? (
          <button type="button" onClick={() => run(() => api.stop(app.id))} disabled={busy}>
            Stop
          </button>
        ) : (
          <button
            type="button"
            onClick={() => run(() => api.start(app.id))}
            disabled={busy || app.version === 0}
          >
            Start
          </button>
        )}
        <button
          type="button"
          onClick={() => run(() => downloadArchive(app))}
          disabled={busy || app.version === 0}
        >
          Download
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => setConfirming(true)}
          disabled={busy || confirming}
        >
          Delete…
        </button>
      </div>
      {confirming && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="confirm-delete"
          onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
        >
          <p id="confirm-delete">
            Delete “{app.name}” for good? Its files, versions and data are removed; this cannot be undone.
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => run(() => api.remove(app.id), onDeleted)}
            disabled={busy}
          >
            Delete for good
          </button>
          <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}
