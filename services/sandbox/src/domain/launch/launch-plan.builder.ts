import { join } from 'node:path';
import type { AppLimits } from '@isekai/contracts';
import type { HostCapabilities, IsolationTools } from './host-capabilities.detector.js';
import { supportsNodePermissions } from './host-capabilities.detector.js';
import { confinementArgs, PRELOAD_IN_VIEW, STORE_IN_VIEW } from './confinement-args.builder.js';

export interface LaunchRequest {
  id: string;
  appDir: string;
  entry: string;
  port: number;
  limits: AppLimits;
  /** The app's own uid/gid (used when bubblewrap confines it). */
  uid?: number;
  /** cgroup.procs files the launcher joins before exec. */
  cgroupProcs?: string[];
  files?: { openFiles: number; fileBytes: number };
}

export interface LaunchPlan {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** The app gets its listening socket as fd 3 and reports readiness on fd 4 (see preload/app.preload.template.js). */
  handover: boolean;
}

/**
 * Joins each cgroup given before `--`, then execs the rest. A shell rather than joining from Node after
 * spawn: the app is inside its cgroup before its first instruction, so it cannot fork its way out.
 */
const JOIN_CGROUPS =
  'for f do [ "$f" = -- ] && break; echo $$ > "$f" || exit 125; done; while [ "$1" != -- ]; do shift; done; shift; exec "$@"';

function appEnv(request: LaunchRequest): Record<string, string> {
  // Exactly these four: nothing of the platform's environment (tokens, keys, PATH) reaches an app.
  return { PORT: String(request.port), NODE_ENV: 'production', APP_ID: request.id, HOME: request.appDir };
}

/** Node's own flags: the heap limit, then the preload and the permission model when isolating. */
function nodeFlags(request: LaunchRequest, isolation: IsolationTools | null): string[] {
  const flags = [`--max-old-space-size=${request.limits.memoryMb}`];
  if (!isolation) return flags;
  const confined = isolation.confinement !== null;
  const modules = isolation.modules;
  flags.push(`--require=${confined ? PRELOAD_IN_VIEW : modules.preloadPath}`);
  if (supportsNodePermissions()) {
    const reads = confined
      ? [`${request.appDir}/*`, `${STORE_IN_VIEW}/*`, PRELOAD_IN_VIEW]
      : [
          `${request.appDir}/*`,
          `${modules.linkDir}/*`,
          ...modules.packages.map((p) => `${p.dir}/*`),
          modules.preloadPath,
        ];
    // One flag per path: Node 20.20 reads only the first entry of a comma-separated list.
    // No --allow-child-process and no --allow-worker: both stay denied.
    flags.push(
      '--experimental-permission',
      ...reads.map((path) => `--allow-fs-read=${path}`),
      `--allow-fs-write=${request.appDir}/*`,
      '--disable-warning=ExperimentalWarning',
    );
  }
  return flags;
}

/** The command, arguments and environment for one app: `node` wrapped in each layer the host offers. */
export function buildLaunchPlan(
  request: LaunchRequest,
  host: HostCapabilities,
  nodePath = process.execPath,
): LaunchPlan {
  const isolation = host.isolation;
  // The absolute entry puts the apps directory in /proc/<pid>/cmdline, which lets a restarted sandbox
  // recognise an orphan as one of its own before killing it.
  let argv = [nodePath, ...nodeFlags(request, isolation), join(request.appDir, ...request.entry.split('/'))];
  const env = appEnv(request);
  if (isolation?.confinement && request.uid !== undefined) {
    argv = [
      isolation.confinement.bwrap,
      ...confinementArgs(request, isolation, env),
      '--',
      isolation.confinement.setpriv,
      `--reuid=${request.uid}`,
      `--regid=${request.uid}`,
      '--clear-groups',
      '--bounding-set=-all',
      '--inh-caps=-all',
      '--no-new-privs',
      ...argv,
    ];
  }
  if (isolation?.prlimit && request.files) {
    const { openFiles, fileBytes } = request.files;
    argv = [
      isolation.prlimit,
      `--nofile=${openFiles}:${openFiles}`,
      `--fsize=${fileBytes}:${fileBytes}`,
      '--core=0:0',
      '--',
      ...argv,
    ];
  }
  if (isolation?.cgroups && request.cgroupProcs && request.cgroupProcs.length > 0) {
    argv = ['/bin/sh', '-c', JOIN_CGROUPS, 'isekai-join', ...request.cgroupProcs, '--', ...argv];
  }
  const [command, ...args] = argv as [string, ...string[]];
  return {
    command,
    args,
    cwd: request.appDir,
    // bubblewrap starts with an empty environment: --clearenv alone would still leave the launcher's
    // variables readable in /proc/1/environ inside the sandbox. The app's four come in through --setenv.
    env: isolation?.confinement && request.uid !== undefined ? {} : env,
    handover: isolation !== null,
  };
}
