import { StringDecoder } from 'node:string_decoder';

/**
 * Turns a byte stream into lines. A line that grows past `maxBytes` without a newline is emitted cut and
 * the rest of it skipped, so an app printing one endless line cannot grow the sandbox's memory.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private skipping = false;

  constructor(
    private readonly maxBytes: number,
    private readonly emit: (line: string) => void,
  ) {}

  write(chunk: Buffer | string): void {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    const parts = (this.pending + text).split('\n');
    this.pending = parts.pop() ?? '';
    for (const part of parts) {
      if (this.skipping) {
        this.skipping = false;
        continue;
      }
      this.emit(stripCarriageReturn(part));
    }
    // Characters, not bytes: a cheap first check that keeps `pending` within 4x maxBytes at worst.
    if (this.pending.length > this.maxBytes && !this.skipping) {
      this.emit(this.pending);
      this.pending = '';
      this.skipping = true;
    } else if (this.skipping) {
      this.pending = '';
    }
  }

  end(): void {
    const rest = this.pending + this.decoder.end();
    this.pending = '';
    if (rest.length > 0 && !this.skipping) this.emit(stripCarriageReturn(rest));
    this.skipping = false;
  }
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
