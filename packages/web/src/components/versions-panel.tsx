import { useState } from 'react';
import type { AppEvent, AppResponse, FileMap, VersionResponse } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { useLoad } from '../hooks/use-load.js';
import { editedFilesByVersion } from '../state/app-history.js';
import { DiffView } from './diff-view.js';
import { ErrorNotice } from './error-notice.js';

const SOURCE: Record<VersionResponse['source'], string> = {
  create: 'Created',
  prompt: 'Changed by prompt',
  edit: 'Edited by hand',
  restore: 'Restored',
  repair: 'Repaired by the model',
};

function Compare({ appId, versions }: { appId: string; versions: VersionResponse[] }) {
  const numbers = versions.map((v) => v.number);
  const [to, setTo] = useState(numbers[0] ?? 1);
  const [from, setFrom] = useState(numbers[1] ?? numbers[0] ?? 1);
  const pair = useLoad(
    () =>
      Promise.all([api.getVersionFiles(appId, from), api.getVersionFiles(appId, to)]).then(
        ([a, b]): [FileMap, FileMap] => [a.files, b.files],
      ),
    `${appId}:${from}:${to}`,
  );
  const picker = (label: string, value: number, set: (n: number) => void) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            version {n}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="compare" aria-label="Compare versions">
      <h3>What changed</h3>
      <div className="form-row">
        {picker('From', from, setFrom)}
        {picker('to', to, setTo)}
      </div>
      {pair.error !== null && <ErrorNotice error={pair.error} onRetry={pair.reload} />}
      {pair.data && (
        <DiffView
          before={pair.data[0]}
          after={pair.data[1]}
          beforeLabel={`version ${from}`}
          afterLabel={`version ${to}`}
        />
      )}
    </section>
  );
}

/**
 * A version's line in its own words: the prompt that made it, the files a hand edit changed (a hand edit
 * keeps the previous plan, so its summary would describe the version before), or the plan's summary.
 */
function describeVersion(version: VersionResponse, edited: Map<number, string[]>): string {
  if (version.prompt) return `“${version.prompt}”`;
  if (version.source === 'edit') {
    const files = edited.get(version.number);
    return files && files.length > 0 ? `Edited by hand: ${files.join(', ')}` : 'Edited by hand';
  }
  return version.summary;
}

export function VersionsPanel({ app, events }: { app: AppResponse; events: AppEvent[] }) {
  const edited = editedFilesByVersion(events);
  const list = useLoad(() => api.listVersions(app.id), `${app.id}@${app.version}`);
  const [error, setError] = useState<unknown>(null);
  const [restoring, setRestoring] = useState<number | null>(null);

  const restore = (n: number) => {
    setRestoring(n);
    setError(null);
    api
      .restoreVersion(app.id, n)
      .then(
        () => undefined,
        (failure: unknown) => setError(failure),
      )
      .finally(() => setRestoring(null));
  };

  if (list.error && !list.data) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  if (!list.data) return <p className="muted">Loading versions…</p>;
  const versions = list.data.versions;
  return (
    <div className="versions">
      {error !== null && <ErrorNotice error={error} />}
      <ol className="version-list" reversed>
        {versions.map((v) => (
          <li key={v.number} className="version" data-version={v.number}>
            <div>
              <strong>Version {v.number}</strong>{' '}
              {v.current && <span className="badge badge-current">current</span>}{' '}
              <span className="muted small">
                {SOURCE[v.source]} · {new Date(v.createdAt).toLocaleString()} · {v.fileCount} files
              </span>
              <p className="version-summary">{describeVersion(v, edited)}</p>
              {v.notes.length > 0 && <p className="muted small">{v.notes.join(' ')}</p>}
            </div>
            {!v.current && (
              <button
                type="button"
                onClick={() => restore(v.number)}
                disabled={restoring !== null}
                aria-label={`Restore version ${v.number}`}
              >
                {restoring === v.number ? 'Restoring…' : 'Restore'}
              </button>
            )}
          </li>
        ))}
      </ol>
      {versions.length > 1 && <Compare key={versions.length} appId={app.id} versions={versions} />}
    </div>
  );
}
