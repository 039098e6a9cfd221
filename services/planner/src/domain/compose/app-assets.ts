import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileMap } from '@isekai/contracts';

// The generated app's hand-written files live in services/planner/assets/app/, as real files the linter
// and type checker see. This module sits at src/domain/compose/ (or dist/domain/compose/ once built),
// three folders below services/planner/ either way.
const ASSETS_DIR = new URL('../../../assets/app/', import.meta.url);

let cached: FileMap | null = null;

function readTree(dir: URL, prefix: string, into: FileMap): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) readTree(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`, into);
    else if (entry.isFile()) into[`${prefix}${entry.name}`] = readFileSync(new URL(entry.name, dir), 'utf8');
  }
}

/** Every asset file, path relative to the app's root -> content; read once per process. */
export function appAssets(): FileMap {
  if (!cached) {
    const files: FileMap = {};
    readTree(ASSETS_DIR, '', files);
    cached = files;
  }
  return cached;
}

/** Where the assets are read from, for messages and tests. */
export const APP_ASSETS_DIR = fileURLToPath(ASSETS_DIR);
