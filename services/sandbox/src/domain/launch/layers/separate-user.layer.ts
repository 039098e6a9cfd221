/**
 * Runs `inner` as the app's own uid and gid with no supplementary groups, no capabilities (bounding and
 * inheritable sets emptied) and no way to gain privileges again.
 */
export function asAppUser(setpriv: string, uid: number, inner: string[]): string[] {
  return [
    setpriv,
    `--reuid=${uid}`,
    `--regid=${uid}`,
    '--clear-groups',
    '--bounding-set=-all',
    '--inh-caps=-all',
    '--no-new-privs',
    ...inner,
  ];
}
