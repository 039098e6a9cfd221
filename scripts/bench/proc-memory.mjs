// Memory of a process tree from /proc: PSS shares the pages a process has in common with others (the Node
// binary) among them, so the sum over many apps is what they really cost; RSS would count it in each one.
import { readFile, readdir } from 'node:fs/promises';

/** A process and all its descendants, from /proc/<pid>/task/<tid>/children. */
export async function processTree(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    const tasks = await readdir(`/proc/${all[i]}/task`).catch(() => []);
    for (const task of tasks) {
      const children = await readFile(`/proc/${all[i]}/task/${task}/children`, 'utf8').catch(() => '');
      all.push(...children.split(' ').filter(Boolean).map(Number));
    }
  }
  return all;
}

/** PSS, private (clean + dirty) and RSS of the whole tree, in kB. */
export async function treeMemoryKb(pid) {
  const total = { pss: 0, private: 0, rss: 0 };
  for (const member of await processTree(pid)) {
    const rollup = await readFile(`/proc/${member}/smaps_rollup`, 'utf8').catch(() => '');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
    total.pss += field('Pss');
    total.private += field('Private_Clean') + field('Private_Dirty');
    total.rss += field('Rss');
  }
  return total;
}

export async function memAvailableMb() {
  const meminfo = await readFile('/proc/meminfo', 'utf8');
  return Number(/^MemAvailable:\s+(\d+) kB/m.exec(meminfo)?.[1] ?? 0) / 1024;
}

/**
 * True while the process runs. A zombie (state Z) has already ended and holds no memory or port, only a
 * pid until its new parent (the host's init, once bwrap's outer process is gone) reaps it, so it does not count.
 */
export async function isAlive(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  return status !== null && !/^State:\s+Z/m.test(status);
}
