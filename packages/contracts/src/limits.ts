export interface AppLimits {
  memoryMb: number;
  cpuPercent: number;
  timeoutMs: number;
}

export interface AppUsage {
  memoryMb: number;
  cpuPercent: number;
  uptimeMs: number;
  /** Milliseconds until the time limit stops the app; null when it is not running. */
  timeLeftMs: number | null;
}
