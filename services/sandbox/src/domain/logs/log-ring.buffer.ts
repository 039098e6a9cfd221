import type { LogLine, SandboxLogs } from '@isekai/contracts';

export type LogStream = LogLine['stream'];
export type LogListener = (line: LogLine) => void;

export interface LogRingOptions {
  maxLines: number;
  maxLineBytes: number;
}

/** Cuts a line to at most `maxBytes` of UTF-8 without leaving half a character at the end. */
export function cutLine(line: string, maxBytes: number): string {
  if (Buffer.byteLength(line) <= maxBytes) return line;
  const cut = Buffer.from(line).subarray(0, maxBytes).toString('utf8');
  // A multi-byte character split by the cut decodes as U+FFFD; drop it rather than show garbage.
  return cut.endsWith('\uFFFD') ? cut.slice(0, -1) : cut;
}

/**
 * The last lines an app printed, bounded in count and line size so a chatty or hostile app cannot grow
 * the sandbox's memory; listeners see each line as it is added (log following).
 */
export class LogRing {
  private readonly lines: LogLine[] = [];
  private readonly listeners = new Set<LogListener>();
  private nextSeq = 1;
  private droppedCount = 0;

  constructor(private readonly options: LogRingOptions) {}

  add(stream: LogStream, text: string): LogLine {
    const line: LogLine = {
      seq: this.nextSeq++,
      at: new Date().toISOString(),
      stream,
      line: cutLine(text, this.options.maxLineBytes),
    };
    this.lines.push(line);
    if (this.lines.length > this.options.maxLines) {
      this.lines.shift();
      this.droppedCount++;
    }
    for (const listener of this.listeners) listener(line);
    return line;
  }

  tail(count = this.options.maxLines): SandboxLogs {
    return { lines: this.lines.slice(-count), dropped: this.droppedCount };
  }

  /** The last lines of one stream, for error messages ("last lines of stderr"). */
  lastOf(stream: LogStream, count: number, sinceSeq = 0): string[] {
    return this.lines
      .filter((l) => l.stream === stream && l.seq > sinceSeq)
      .slice(-count)
      .map((l) => l.line);
  }

  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  subscribe(listener: LogListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
