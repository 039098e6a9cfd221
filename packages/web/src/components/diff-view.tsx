import { structuredPatch } from 'diff';
import type { FileMap } from '@isekai/contracts';

export interface DiffLine {
  kind: 'add' | 'del' | 'same';
  text: string;
}

export interface FileChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  added: number;
  removed: number;
  hunks: { header: string; lines: DiffLine[] }[];
}

function toLine(raw: string): DiffLine {
  const kind = raw.startsWith('+') ? 'add' : raw.startsWith('-') ? 'del' : 'same';
  return { kind, text: raw.slice(1) };
}

/** What changed from one version's files to another's, file by file, in path order. */
export function fileChanges(before: FileMap, after: FileMap): FileChange[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: FileChange[] = [];
  for (const path of paths) {
    const old = before[path];
    const next = after[path];
    if (old === next) continue;
    const patch = structuredPatch(path, path, old ?? '', next ?? '', '', '', { context: 3 });
    const hunks = patch.hunks.map((h) => ({
      header: `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`,
      lines: h.lines.filter((l) => !l.startsWith('\\')).map(toLine),
    }));
    const lines = hunks.flatMap((h) => h.lines);
    changes.push({
      path,
      change: old === undefined ? 'added' : next === undefined ? 'removed' : 'changed',
      added: lines.filter((l) => l.kind === 'add').length,
      removed: lines.filter((l) => l.kind === 'del').length,
      hunks,
    });
  }
  return changes;
}

const MARK = { add: '+', del: '−', same: ' ' } as const;

export function DiffView({
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  before: FileMap;
  after: FileMap;
  beforeLabel: string;
  afterLabel: string;
}) {
  const changes = fileChanges(before, after);
  if (changes.length === 0) {
    return (
      <p className="muted">
        {beforeLabel} and {afterLabel} have the same files.
      </p>
    );
  }
  return (
    <div className="diff" aria-label={`Changes from ${beforeLabel} to ${afterLabel}`}>
      <p className="muted small">
        {changes.length} file{changes.length === 1 ? '' : 's'} changed from {beforeLabel} to {afterLabel}.
      </p>
      {changes.map((file) => (
        <details key={file.path} open={changes.length <= 5} className="diff-file">
          <summary>
            <code>{file.path}</code> <span className={`diff-kind diff-${file.change}`}>{file.change}</span>{' '}
            <span className="diff-count-add">+{file.added}</span>{' '}
            <span className="diff-count-del">−{file.removed}</span>
          </summary>
          {file.hunks.map((hunk) => (
            <pre key={hunk.header} className="diff-hunk" tabIndex={0}>
              <span className="diff-header">{hunk.header}</span>
              {'\n'}
              {hunk.lines.map((line, i) => (
                <span key={i} className={`diff-line diff-${line.kind}`}>
                  {MARK[line.kind]} {line.text}
                  {'\n'}
                </span>
              ))}
            </pre>
          ))}
        </details>
      ))}
    </div>
  );
}
