import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One package apps may `require`, and where it is installed on this host. */
export interface StorePackage {
  name: string;
  dir: string;
}

/**
 * The shared read-only module store: the allow-listed packages as the sandbox itself resolves them (they
 * are dependencies of @isekai/sandbox), and the preload that every isolated app runs first.
 */
export interface ModuleStore {
  packages: StorePackage[];
  /** Allow-listed names that are not installed (logged at start; a `require` of them fails like any other). */
  missing: string[];
  /** The generated preload on the host, with the allow-list written into it. */
  preloadPath: string;
  /** `<appsDir>/node_modules`: links to the packages, found by Node's lookup when there is no bubblewrap view. */
  linkDir: string;
}

const here = dirname(fileURLToPath(import.meta.url));
// Same depth from src/domain/modules and dist/domain/modules.
const PRELOAD_TEMPLATE = join(here, '..', '..', '..', 'preload', 'app.preload.template.js');
const ALLOW_LIST_MARK = '/* ALLOWED_MODULES */ []';

function findPackageDir(name: string): string | null {
  const require = createRequire(import.meta.url);
  for (const base of require.resolve.paths(name) ?? []) {
    if (existsSync(join(base, name, 'package.json'))) return join(base, name);
  }
  return null;
}

/** Generated files live in `<appsDir>/.runtime`: never an app id (those are 12 letters or digits). */
export async function prepareModuleStore(allowed: string[], appsDir: string): Promise<ModuleStore> {
  const packages: StorePackage[] = [];
  const missing: string[] = [];
  for (const name of allowed) {
    const dir = findPackageDir(name);
    if (dir) packages.push({ name, dir: await realpath(dir) });
    else missing.push(name);
  }
  const template = await readFile(PRELOAD_TEMPLATE, 'utf8');
  const runtimeDir = join(appsDir, '.runtime');
  await mkdir(runtimeDir, { recursive: true, mode: 0o755 });
  const preloadPath = join(runtimeDir, 'app.preload.cjs');
  await writeFile(preloadPath, template.replace(ALLOW_LIST_MARK, JSON.stringify(allowed)), { mode: 0o644 });
  const linkDir = join(appsDir, 'node_modules');
  await rm(linkDir, { recursive: true, force: true });
  for (const { name, dir } of packages) {
    await mkdir(dirname(join(linkDir, name)), { recursive: true });
    await symlink(dir, join(linkDir, name));
  }
  return { packages, missing, preloadPath, linkDir };
}
