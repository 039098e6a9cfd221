import { access, constants, mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ownGroupPath, pidsIn, readText, writeValue } from './cgroup-files.js';

/** The controllers an app's group needs on v2. */
export const NEEDED = ['memory', 'cpu', 'pids'] as const;

/**
 * Where the sandbox moves the processes of its own group (itself included), so that group may hand
 * controllers to its children: v2 lets only a group without processes of its own enable them.
 */
export const LEAF = 'isekai-leaf';

/** Why cgroups are off, and the one command that turns them on. */
export class CgroupUnavailable extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** The one command that gives this sandbox a delegated cgroup v2 subtree of its own. */
export function delegationFix(root = process.getuid?.() === 0): string {
  return root
    ? 'start it in a delegated scope: systemd-run --scope -p Delegate=yes --unit isekai-sandbox npm start (or Delegate=yes in its service unit)'
    : 'start it in your delegated subtree: systemd-run --user --scope -p Delegate=yes npm start';
}

/** The group the sandbox's apps go under: its own, or the one above when it already lives in our leaf. */
export async function delegatedBase(root: string): Promise<string> {
  const own = await ownGroupPath('');
  if (own === null)
    throw new CgroupUnavailable('this process is not in a cgroup v2 hierarchy', delegationFix());
  const path = join(root, own);
  return basename(path) === LEAF ? dirname(path) : path;
}

async function writable(path: string): Promise<boolean> {
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/**
 * Turns on memory, cpu and pids for the children of `base`. When the group holds processes (v2's
 * "no internal processes" rule answers EBUSY), they are moved into its leaf first: the sandbox itself,
 * and whatever started it in the same group.
 */
export async function enableControllers(base: string): Promise<{ moved: number }> {
  const available = (await readText(join(base, 'cgroup.controllers'))).split(' ');
  const missing = NEEDED.filter((controller) => !available.includes(controller));
  if (missing.length > 0) {
    throw new CgroupUnavailable(
      `cgroup v2 controllers not delegated to ${base}: ${missing.join(', ')}`,
      delegationFix(),
    );
  }
  if (!(await writable(join(base, 'cgroup.subtree_control'))) || !(await writable(base))) {
    throw new CgroupUnavailable(
      `${base} is not delegated to uid ${process.getuid?.()} (cannot write cgroup.subtree_control)`,
      delegationFix(),
    );
  }
  const enable = NEEDED.map((controller) => `+${controller}`).join(' ');
  try {
    await writeValue(join(base, 'cgroup.subtree_control'), enable);
    return { moved: 0 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EBUSY') throw error;
  }
  const leaf = join(base, LEAF);
  await mkdir(leaf, { recursive: true });
  let moved = 0;
  // Processes may start meanwhile (a launcher forking): a few rounds until the group is empty.
  for (let round = 0; round < 5; round++) {
    const pids = await pidsIn(join(base, 'cgroup.procs'));
    if (pids.length === 0) break;
    for (const pid of pids) {
      await writeValue(join(leaf, 'cgroup.procs'), pid).then(
        () => moved++,
        () => undefined, // gone already, or a kernel thread of the root group
      );
    }
  }
  await writeValue(join(base, 'cgroup.subtree_control'), enable);
  return { moved };
}
