import { useEffect, useState } from 'react';
import type { AppResponse } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { useLoad } from '../hooks/use-load.js';
import { CodeView } from './code-view.js';
import { ErrorNotice } from './error-notice.js';

/** Paths grouped by folder, folders first, so the list reads like a file tree. */
export function treeOrder(paths: string[]): { path: string; depth: number; folder: boolean }[] {
  const rows: { path: string; depth: number; folder: boolean }[] = [];
  const seen = new Set<string>();
  const sorted = [...paths].sort((a, b) => {
    const [da, db] = [a.includes('/'), b.includes('/')];
    return da === db ? a.localeCompare(b) : da ? -1 : 1;
  });
  for (const path of sorted) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (!seen.has(folder)) {
        seen.add(folder);
        rows.push({ path: folder, depth: i - 1, folder: true });
      }
    }
    rows.push({ path, depth: parts.length - 1, folder: false });
  }
  return rows;
}

export function FilesPanel({ app }: { app: AppResponse }) {
  const files = useLoad(() => api.getFiles(app.id), `${app.id}@${app.version}`);
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const paths = Object.keys(files.data?.files ?? {});
  const current =
    selected && files.data?.files[selected] !== undefined
      ? selected
      : (paths.find((p) => p.endsWith('.html')) ?? paths[0] ?? null);
  useEffect(() => setDraft(null), [current]);

  if (files.error && !files.data) return <ErrorNotice error={files.error} onRetry={files.reload} />;
  if (!files.data) return <p className="muted">Loading files…</p>;
  const content = current ? (files.data.files[current] ?? '') : '';

  const save = () => {
    if (!current || draft === null) return;
    setSaving(true);
    setSaveError(null);
    api
      .saveFiles(app.id, { [current]: draft })
      .then(
        () => setDraft(null),
        (failure: unknown) => setSaveError(failure),
      )
      .finally(() => setSaving(false));
  };

  return (
    <div className="files">
      <nav className="file-tree" aria-label="Files">
        <p className="muted small">Version {files.data.version}</p>
        <ul>
          {treeOrder(paths).map((row) => (
            <li key={row.path} className={`tree-depth-${Math.min(row.depth, 4)}`}>
              {row.folder ? (
                <span className="tree-folder">{row.path.split('/').pop()}/</span>
              ) : (
                <button
                  type="button"
                  className="tree-file"
                  aria-current={row.path === current ? 'true' : undefined}
                  onClick={() => setSelected(row.path)}
                >
                  {row.path.split('/').pop()}
                </button>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {current && (
        <div className="file-view">
          <div className="file-bar">
            <code>{current}</code>
            {draft === null ? (
              <button type="button" onClick={() => setDraft(content)}>
                Edit
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="primary"
                  onClick={save}
                  disabled={saving || draft === content}
                >
                  {saving ? 'Saving…' : 'Save as new version'}
                </button>
                <button type="button" onClick={() => setDraft(null)} disabled={saving}>
                  Cancel
                </button>
              </>
            )}
          </div>
          {saveError !== null && <ErrorNotice error={saveError} />}
          {draft === null ? (
            <CodeView path={current} content={content} />
          ) : (
            <textarea
              className="code-editor"
              aria-label={`Edit ${current}`}
              spellCheck={false}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
          )}
        </div>
      )}
    </div>
  );
}
