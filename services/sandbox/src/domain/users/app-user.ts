import { chmod, lchown, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Each app port slot has its own uid (base + offset in the port range), so no two running apps ever
 * share one. Between runs the directory goes back to root, so a later app on the same slot cannot read it.
 */
export function appUid(port: number, portMin: number, uidBase: number): number {
  return uidBase + (port - portMin);
}

/** lchown on every entry: a link the app planted is re-owned itself, never followed. */
async function chownTree(dir: string, uid: number): Promise<void> {
  await lchown(dir, uid, uid);
  const entries = await readdir(dir, { recursive: true });
  for (const entry of entries) await lchown(join(dir, entry), uid, uid).catch(() => undefined);
}

export async function giveAppDir(dir: string, uid: number): Promise<void> {
  await chownTree(dir, uid);
  await chmod(dir, 0o700);
}

export async function reclaimAppDir(dir: string): Promise<void> {
  await chownTree(dir, 0).catch(() => undefined);
}
