import type { AppManifest, AppSpecV1 } from '@isekai/contracts';

export const ENTRY = 'server.js';

export function renderManifest(spec: AppSpecV1): string {
  const manifest: AppManifest = { name: spec.title, entry: ENTRY, runtime: 'node' };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A package.json that makes a downloaded app runnable anywhere with `npm start`, whatever sits above it. */
export function renderPackageJson(spec: AppSpecV1): string {
  const name =
    spec.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'isekai-app';
  const pkg = { name, private: true, type: 'commonjs', scripts: { start: `node ${ENTRY}` } };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
