import { readFile, rmdir, writeFile } from 'node:fs/promises';

export async function readText(path: string): Promise<string> {
  return (await readFile(path, 'utf8')).trim();
}

export async function readNumber(path: string): Promise<number> {
  return Number(await readText(path));
}

/** A value from a flat-keyed file such as memory.stat or memory.events (`key value` per line). */
export async function readKey(path: string, key: string): Promise<number> {
  const line = (await readText(path)).split('\n').find((entry) => entry.startsWith(`${key} `));
  return line ? Number(line.slice(key.length + 1)) : 0;
}

export async function writeValue(path: string, value: string | number): Promise<void> {
  await writeFile(path, String(value));
}

export async function pidsIn(procsFile: string): Promise<number[]> {
  const text = await readText(procsFile).catch(() => '');
  return text === '' ? [] : text.split('\n').map(Number);
}

/**
 * SIGKILL to every member, repeated until the group is empty: a fork bomb keeps forking between our
 * read and our kill, but the pids limit bounds it and each round kills every member we saw.
 */
export async function killMembers(procsFile: string, rounds = 50): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const pids = await pidsIn(procsFile);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** rmdir of a cgroup fails while its last killed member is still being torn down: retry briefly. */
export async function removeGroup(dir: string, attempts = 20): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await rmdir(dir);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code !== 'EBUSY') throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** This process's own group path for a controller (v1) or the unified hierarchy (`''` on v2). */
export async function ownGroupPath(controller: string): Promise<string | null> {
  const lines = (await readText('/proc/self/cgroup')).split('\n');
  for (const line of lines) {
    const [, controllers, path] = line.split(':');
    if (controllers === undefined || path === undefined) continue;
    if (controllers.split(',').includes(controller)) return path;
  }
  return null;
}

/** `isekai-<pid>-<id>`, made by a sandbox whose process no longer exists. */
export function isLeftByDeadSandbox(name: string): boolean {
  const match = /^isekai-(\d+)-/.exec(name);
  if (!match) return name.startsWith('isekai-'); // groups named before the pid was part of the name
  try {
    process.kill(Number(match[1]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
