import { useEffect, useRef, useState } from 'react';
import type { LogLine } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { openEventStream } from '../api/event-stream.js';

const KEEP = 1000;

/** The app's output, followed live; the stream resumes on its own after a restart of the app or a dropped connection. */
export function LogsPanel({ appId }: { appId: string }) {
  const [lines, setLines] = useState<LogLine[]>([]);
  const [broken, setBroken] = useState(false);
  const [follow, setFollow] = useState(true);
  const end = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setLines([]);
    const source = openEventStream(api.logsUrl(appId));
    source.addEventListener('log', (message: MessageEvent<string>) => {
      const line = JSON.parse(message.data) as LogLine;
      setLines((old) => (old.some((l) => l.seq === line.seq) ? old : [...old, line].slice(-KEEP)));
    });
    source.onopen = () => setBroken(false);
    source.onerror = () => setBroken(true);
    return () => source.close();
  }, [appId]);

  useEffect(() => {
    if (follow) end.current?.scrollIntoView({ block: 'nearest' });
  }, [lines, follow]);

  return (
    <div className="logs">
      <div className="form-row">
        <label>
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} /> Follow new
          lines
        </label>
        {broken && <span className="muted small">Log stream interrupted; reconnecting…</span>}
      </div>
      <div className="log-lines" role="log" aria-label="App log" tabIndex={0}>
        {lines.length === 0 && <p className="muted">No output yet.</p>}
        {lines.map((l) => (
          <div key={l.seq} className={`log-line log-${l.stream}`}>
            <time className="muted">{l.at.slice(11, 19)}</time> {l.line}
          </div>
        ))}
        <div ref={end} />
      </div>
    </div>
  );
}
