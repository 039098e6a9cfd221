/**
 * At most `limit` app starts at once; the rest wait their turn in order. Fifty node processes starting
 * together on two cores each take so long that many miss their start timeout; a few at a time all start.
 */
export class StartGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next)
        next(); // the slot passes straight to the next start
      else this.active--;
    }
  }
}
