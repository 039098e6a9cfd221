import { join } from 'node:path';
import type { AppLimits } from '@isekai/contracts';
import type { HostCapabilities } from './host-capabilities.detector.js';

export interface LaunchRequest {
  id: string;
  appDir: string;
  entry: string;
  port: number;
  limits: AppLimits;
}

export interface LaunchPlan {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/**
 * The command, arguments and environment for one app. Further layers (prlimit, bubblewrap, a cgroup
 * wrapper, a network namespace) plug in here by wrapping `command`/`args` when the host offers them.
 */
export function buildLaunchPlan(
  request: LaunchRequest,
  _host: HostCapabilities,
  nodePath = process.execPath,
): LaunchPlan {
  return {
    command: nodePath,
    // The absolute entry puts the apps directory in /proc/<pid>/cmdline, which lets a restarted sandbox
    // recognise an orphan as one of its own before killing it.
    args: [
      `--max-old-space-size=${request.limits.memoryMb}`,
      join(request.appDir, ...request.entry.split('/')),
    ],
    cwd: request.appDir,
    // Exactly these four: nothing of the platform's environment (tokens, keys, PATH) reaches an app.
    env: {
      PORT: String(request.port),
      NODE_ENV: 'production',
      APP_ID: request.id,
      HOME: request.appDir,
    },
  };
}
