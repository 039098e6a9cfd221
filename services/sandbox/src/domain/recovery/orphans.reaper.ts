import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { basename } from 'node:path';
import type { Logger } from '@isekai/service-kit';
import { isAlive, killTree } from '../launch/process-tree.killer.js';
import type { PidFiles } from './pid-files.store.js';

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

function readCwd(pid: number): string {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return '';
  }
}

/** A pid is ours only if it still runs something from the apps directory: pids are reused by the system. */
function isOurApp(pid: number, appsDir: string): boolean {
  const cmdline = readProc(pid, 'cmdline') ?? '';
  return cmdline.includes(appsDir) || readCwd(pid).startsWith(appsDir);
}

async function waitGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid, (p) => readProc(p, 'stat'))) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/**
 * App processes with no pid file: a sandbox killed between launching an app and writing its pid file.
 * Only node or bubblewrap with an app's path on its command line counts (as every launch has), so a shell,
 * an editor or a REPL opened in an app's directory is never touched.
 */
function unrecordedApps(appsDir: string): number[] {
  const launchers = new Set([basename(process.execPath), 'bwrap']);
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => pid !== process.pid && (readProc(pid, 'cmdline') ?? '').includes(`${appsDir}/`))
    .filter((pid) => {
      try {
        return launchers.has(basename(readlinkSync(`/proc/${pid}/exe`)));
      } catch {
        return false;
      }
    });
}

/**
 * Apps left running by a sandbox that died without stopping them (SIGKILL, OOM, power cut) still hold
 * their ports; kill them before this sandbox hands those ports out again.
 */
export async function reapOrphans(pidFiles: PidFiles, appsDir: string, logger: Logger): Promise<number> {
  let reaped = 0;
  for (const { id, pid } of await pidFiles.list()) {
    if (pid > 0 && isAlive(pid, (p) => readProc(p, 'stat')) && isOurApp(pid, appsDir)) {
      await killTree(pid, 'SIGKILL');
      const gone = await waitGone(pid, 2000);
      logger.warn({ appId: id, pid, gone }, 'killed an app process left by a previous sandbox');
      reaped++;
    }
    await pidFiles.remove(id);
  }
  for (const pid of unrecordedApps(appsDir)) {
    await killTree(pid, 'SIGKILL');
    const gone = await waitGone(pid, 2000);
    logger.warn({ pid, gone }, 'killed an app process a previous sandbox left without a pid file');
    reaped++;
  }
  return reaped;
}
