import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Bytes a directory occupies on disk (allocated blocks, so sparse files count as what they really use),
 * stopping early once `limitBytes` is passed: an app that fills its disk is not measured to the end.
 * Every entry costs at least one block, so a million empty files count too.
 */
export async function diskUsage(dir: string, limitBytes: number): Promise<number> {
  let total = 0;
  const pending = [dir];
  while (pending.length > 0 && total <= limitBytes) {
    const current = pending.pop()!;
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(current, entry.name);
      const stat = await lstat(path).catch(() => null);
      if (!stat) continue;
      total += Math.max(stat.blocks * 512, 4096);
      if (entry.isDirectory()) pending.push(path);
      if (total > limitBytes) break;
    }
  }
  return total;
}
