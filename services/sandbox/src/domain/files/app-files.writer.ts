import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { APP_DATA_DIR, explainUnsafePath, type FileMap } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';

export interface WriteResult {
  /** Whether an existing data/ directory was carried over from the previous version. */
  keptData: boolean;
}

async function lstatOrNull(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function unsafePath(message: string): AppError {
  return new AppError({ code: 'unsafe-path', status: 400, message });
}

export function assertSafePaths(files: FileMap): void {
  for (const path of Object.keys(files)) {
    const problem = explainUnsafePath(path);
    if (problem) throw unsafePath(problem);
  }
}

/** The app directory must be a real directory: a link there could send every write elsewhere. */
async function assertRealDirectory(path: string, what: string): Promise<boolean> {
  const stat = await lstatOrNull(path);
  if (!stat) return false;
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new AppError({
      code: 'unsafe-app-directory',
      status: 409,
      message: `${what} is a link or not a directory; remove it (DELETE the app) before deploying again.`,
    });
  }
  return true;
}

/**
 * Writes a new version into a fresh staging directory, carries the app's `data/` over, then swaps the
 * staging directory in. Nothing is ever written inside the old directory, so a link the app planted
 * there (it can write its own folder while it runs) is never followed: it is simply discarded.
 */
export async function writeAppFiles(appsDir: string, id: string, files: FileMap): Promise<WriteResult> {
  assertSafePaths(files);
  await mkdir(appsDir, { recursive: true });
  await assertRealDirectory(appsDir, 'The apps directory');
  const appDir = join(appsDir, id);
  const exists = await assertRealDirectory(appDir, `The directory of app "${id}"`);

  const suffix = randomBytes(6).toString('hex');
  const staging = join(appsDir, `.${id}.next-${suffix}`);
  await mkdir(staging, { mode: 0o755 });
  try {
    await writeInto(staging, files);
    const keptData = exists && (await carryData(appDir, staging));
    if (!keptData) await mkdir(join(staging, APP_DATA_DIR), { mode: 0o755 });
    await swapIn(appDir, staging, exists, join(appsDir, `.${id}.old-${suffix}`));
    return { keptData };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function writeInto(root: string, files: FileMap): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true, mode: 0o755 });
    // 'wx' is O_CREAT|O_EXCL: it never follows a link and fails on a name that already exists.
    await writeFile(target, content, { flag: 'wx', mode: 0o644 });
  }
}

/** Moves data/ (a real directory only) into the new version; a link in its place is dropped, not followed. */
async function carryData(appDir: string, staging: string): Promise<boolean> {
  const data = join(appDir, APP_DATA_DIR);
  const stat = await lstatOrNull(data);
  if (!stat?.isDirectory()) return false;
  await rename(data, join(staging, APP_DATA_DIR));
  return true;
}

async function swapIn(appDir: string, staging: string, exists: boolean, retired: string): Promise<void> {
  if (!exists) {
    await rename(staging, appDir);
    return;
  }
  await rename(appDir, retired);
  await rename(staging, appDir);
  await rm(retired, { recursive: true, force: true });
}

export async function removeAppFiles(appsDir: string, id: string): Promise<void> {
  // fs.rm does not follow links inside the tree; a link at the top is removed itself.
  await rm(join(appsDir, id), { recursive: true, force: true });
}
