/**
 * Joins each cgroup given before `--`, then execs the rest. A shell rather than joining from Node after
 * spawn: the app is inside its cgroup before its first instruction, so it cannot fork its way out.
 */
const JOIN_CGROUPS =
  'for f do [ "$f" = -- ] && break; echo $$ > "$f" || exit 125; done; while [ "$1" != -- ]; do shift; done; shift; exec "$@"';

export function inCgroups(procsFiles: string[], inner: string[]): string[] {
  return ['/bin/sh', '-c', JOIN_CGROUPS, 'isekai-join', ...procsFiles, '--', ...inner];
}
