/** Node's permission model (`--experimental-permission`) arrived in Node 20. */
export function supportsNodePermissions(version = process.versions.node): boolean {
  return Number(version.split('.')[0]) >= 20;
}

/**
 * Reads in the app's directory and `otherReads`, writes in the app's directory only. No
 * --allow-child-process and no --allow-worker: both stay denied.
 */
export function permissionFlags(appDir: string, otherReads: string[]): string[] {
  const reads = [`${appDir}/*`, ...otherReads];
  return [
    '--experimental-permission',
    // One flag per path: Node 20.20 reads only the first entry of a comma-separated list.
    ...reads.map((path) => `--allow-fs-read=${path}`),
    `--allow-fs-write=${appDir}/*`,
    '--disable-warning=ExperimentalWarning',
  ];
}
