import treeKill from 'tree-kill';

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // Apps are spawned detached, so their pid is also their process group id: this reaches children
    // whose parent already died (reparented away from the tree that tree-kill walks).
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already empty.
  }
}

/** Signals the process, every descendant tree-kill can find, and the rest of its process group. */
export function killTree(pid: number, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    treeKill(pid, signal, () => {
      signalGroup(pid, signal);
      resolve();
    });
  });
}

/** Kills whatever is left of a group once its root is gone (a grandchild could keep the port). */
export function killGroup(pid: number): void {
  signalGroup(pid, 'SIGKILL');
}

/** True while the process exists and is not a zombie waiting for a parent that may never reap it. */
export function isAlive(pid: number, readStat: (pid: number) => string | null): boolean {
  const stat = readStat(pid);
  if (stat === null) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}
