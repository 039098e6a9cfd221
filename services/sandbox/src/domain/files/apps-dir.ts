import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Creates the apps directory with a package.json of its own. Node decides whether a `.js` file is
 * CommonJS or an ES module from the nearest package.json above it; without this boundary every app would
 * inherit whatever the platform's checkout says (Isekai's own root declares "type": "module"). An app may
 * still ship its own package.json, which wins.
 */
export async function prepareAppsDir(appsDir: string): Promise<void> {
  await mkdir(appsDir, { recursive: true });
  const boundary = { name: 'isekai-apps', private: true, type: 'commonjs' };
  await writeFile(join(appsDir, 'package.json'), `${JSON.stringify(boundary, null, 2)}\n`);
}
