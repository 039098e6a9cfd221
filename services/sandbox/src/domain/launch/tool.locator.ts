import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where a system tool lives. A fixed list of system directories rather than PATH: the sandbox runs the
 * tool as root and must not pick up a copy from a directory someone else can write.
 */
const SYSTEM_DIRS = ['/usr/bin', '/bin', '/usr/sbin', '/sbin', '/usr/local/bin'];

export async function locateTool(name: string): Promise<string | null> {
  for (const dir of SYSTEM_DIRS) {
    const path = join(dir, name);
    try {
      await access(path, constants.X_OK);
      return path;
    } catch {
      // next directory
    }
  }
  return null;
}
