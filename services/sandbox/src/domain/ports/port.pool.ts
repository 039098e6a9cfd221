import { AppError } from '@isekai/service-kit';
import { isPortFree } from './port.probe.js';

export interface PortPoolOptions {
  min: number;
  max: number;
  /** Replaced in tests; by default a real bind test. */
  isFree?: (port: number) => Promise<boolean>;
}

export interface PortCapacity {
  portsTotal: number;
  portsFree: number;
  portRange: [number, number];
}

/**
 * Hands out app ports from [min, max], lowest first so released ports are reused. A port held by
 * something outside the sandbox is skipped after a bind test rather than given to an app that then fails.
 */
export class PortPool {
  private readonly taken = new Set<number>();
  private readonly isFree: (port: number) => Promise<boolean>;

  constructor(private readonly options: PortPoolOptions) {
    this.isFree = options.isFree ?? isPortFree;
  }

  async allocate(preferred?: number | null): Promise<number> {
    if (
      preferred != null &&
      this.inRange(preferred) &&
      !this.taken.has(preferred) &&
      (await this.claim(preferred))
    ) {
      return preferred;
    }
    for (let port = this.options.min; port <= this.options.max; port++) {
      if (!this.taken.has(port) && (await this.claim(port))) return port;
    }
    throw new AppError({
      code: 'no-free-port',
      status: 503,
      message: `Every app port from ${this.options.min} to ${this.options.max} is in use; stop or delete an app, or widen APP_PORT_MIN/APP_PORT_MAX.`,
    });
  }

  release(port: number): void {
    this.taken.delete(port);
  }

  capacity(): PortCapacity {
    const total = this.options.max - this.options.min + 1;
    return {
      portsTotal: total,
      portsFree: total - this.taken.size,
      portRange: [this.options.min, this.options.max],
    };
  }

  private inRange(port: number): boolean {
    return port >= this.options.min && port <= this.options.max;
  }

  /** Marks the port taken before the async bind test so two concurrent deploys never get the same one. */
  private async claim(port: number): Promise<boolean> {
    this.taken.add(port);
    if (await this.isFree(port)) return true;
    this.taken.delete(port);
    return false;
  }
}
