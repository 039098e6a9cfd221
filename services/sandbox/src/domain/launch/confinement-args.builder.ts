import { dirname } from 'node:path';
import type { IsolationTools } from './host-capabilities.detector.js';
import type { LaunchRequest } from './launch-plan.builder.js';

/** Where the module store appears in the app's view: Node's lookup reaches `/node_modules` from any directory. */
export const STORE_IN_VIEW = '/node_modules';
export const PRELOAD_IN_VIEW = '/isekai/app.preload.cjs';

/**
 * bwrap creates the parents of a mount point as root-only (0700) directories, which the app's uid could
 * not traverse: create each one first as 0755, shallowest first.
 */
export function parentDirArgs(targets: string[]): string[] {
  const dirs = new Set<string>();
  for (const target of targets) {
    for (let dir = dirname(target); dir !== '/' && dir !== '.'; dir = dirname(dir)) dirs.add(dir);
  }
  return [...dirs]
    .sort((a, b) => a.split('/').length - b.split('/').length)
    .flatMap((dir) => ['--perms', '0755', '--dir', dir]);
}

/** `--ro-bind` for each, after the directories above them. */
export function readOnlyArgs(binds: { source: string; target: string }[]): string[] {
  return binds.flatMap(({ source, target }) => ['--ro-bind', source, target]);
}

/**
 * bubblewrap's arguments for one app: new pid, ipc, uts, network and cgroup namespaces; a read-only
 * root with only the Node runtime, the module store, the preload and the app's own directory (the one
 * writable place, at its host path so logs and cmdlines name it). No user namespace: bwrap runs as root
 * and setpriv then drops to the app's own uid, a real uid on the host that owns nothing else.
 */
export function confinementArgs(
  request: LaunchRequest,
  isolation: IsolationTools,
  env: Record<string, string>,
): string[] {
  const confinement = isolation.confinement!;
  const readOnly = [
    ...confinement.runtime,
    ...isolation.modules.packages.map((pkg) => ({ source: pkg.dir, target: `${STORE_IN_VIEW}/${pkg.name}` })),
    { source: isolation.modules.preloadPath, target: PRELOAD_IN_VIEW },
  ];
  return [
    '--unshare-ipc',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--die-with-parent',
    '--new-session',
    '--clearenv',
    ...Object.entries(env).flatMap(([name, value]) => ['--setenv', name, value]),
    ...parentDirArgs([...readOnly.map((bind) => bind.target), request.appDir]),
    ...readOnlyArgs(readOnly),
    '--bind',
    request.appDir,
    request.appDir,
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--remount-ro',
    '/',
    '--chdir',
    request.appDir,
  ];
}
