/**
 * bubblewrap's namespaces: new pid, ipc, uts, network and cgroup ones. As root there is no user
 * namespace: bwrap runs as root and the separate-user layer then drops to the app's own uid, a real uid on
 * the host that owns nothing else. As a normal user bwrap needs a user namespace of its own (it maps only
 * the sandbox's uid), and the app may not create another one inside it. The app dies with the sandbox,
 * and a new session keeps it off the sandbox's terminal.
 */
export function namespaceArgs(userNamespace = false): string[] {
  return [
    ...(userNamespace ? ['--unshare-user', '--disable-userns'] : []),
    '--unshare-ipc',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--die-with-parent',
    '--new-session',
  ];
}

/** bubblewrap's own arguments, then the command it runs inside. */
export function inBubblewrap(bwrap: string, args: string[], inner: string[]): string[] {
  return [bwrap, ...args, '--', ...inner];
}
