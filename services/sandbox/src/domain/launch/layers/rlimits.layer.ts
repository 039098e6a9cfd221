export interface FileLimits {
  openFiles: number;
  fileBytes: number;
}

/** Hard limits on open files and file size, no core dumps; outside bubblewrap, so they bind it too. */
export function withRlimits(
  prlimit: string,
  { openFiles, fileBytes }: FileLimits,
  inner: string[],
): string[] {
  return [
    prlimit,
    `--nofile=${openFiles}:${openFiles}`,
    `--fsize=${fileBytes}:${fileBytes}`,
    '--core=0:0',
    '--',
    ...inner,
  ];
}
