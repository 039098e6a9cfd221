import { dirname } from 'node:path';

/** A read-only bind: host path → path inside the app's view. */
export interface Bind {
  source: string;
  target: string;
}

/**
 * bwrap creates the parents of a mount point as root-only (0700) directories, which the app's uid could
 * not traverse: create each one first as 0755, shallowest first.
 */
function parentDirArgs(targets: string[]): string[] {
  const dirs = new Set<string>();
  for (const target of targets) {
    for (let dir = dirname(target); dir !== '/' && dir !== '.'; dir = dirname(dir)) dirs.add(dir);
  }
  return [...dirs]
    .sort((a, b) => a.split('/').length - b.split('/').length)
    .flatMap((dir) => ['--perms', '0755', '--dir', dir]);
}

/**
 * bubblewrap's mounts: a read-only root holding only `readOnly` (the Node runtime, the module store,
 * the preload) and the app's own directory, the one writable place, at its host path so logs and
 * command lines name it; a fresh /proc and /dev; the app starts in its directory.
 */
export function readOnlyViewArgs(appDir: string, readOnly: Bind[]): string[] {
  return [
    ...parentDirArgs([...readOnly.map((bind) => bind.target), appDir]),
    ...readOnly.flatMap(({ source, target }) => ['--ro-bind', source, target]),
    '--bind',
    appDir,
    appDir,
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--remount-ro',
    '/',
    '--chdir',
    appDir,
  ];
}
