import { startPlatform as startKitPlatform, type Platform, type PlatformOptions } from '@isekai/test-kit';

export type { Platform };

/**
 * The test kit's platform with the backend tests' timing: a reconcile pass and a restart backoff of a
 * fifth of a second, so a crash or a drift is acted on well within a test's patience.
 */
export function startPlatform(options: PlatformOptions): Promise<Platform> {
  return startKitPlatform({
    ...options,
    env: { RECONCILE_INTERVAL_MS: '200', RESTART_BACKOFF_MS: '200', ...options.env },
  });
}
