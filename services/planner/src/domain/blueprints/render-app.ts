import { explainUnsafePath, MANIFEST_PATH, type AppSpecV1, type FileMap } from '@isekai/contracts';
import { renderDataApp } from './data-app/data-app.blueprint.js';
import { renderServer } from './shared/app-server.js';
import { BASE_STYLES } from './shared/base-styles.js';
import type { Blueprint } from './shared/blueprint.types.js';
import { CLIENT_KIT } from './shared/client-kit.js';
import { ENTRY, renderManifest, renderPackageJson } from './shared/manifest.js';
import { renderPage } from './shared/page.js';
import { BLUEPRINTS } from './registry.js';

export function blueprintFor(name: string): Blueprint {
  return BLUEPRINTS[name] ?? renderDataApp;
}

/** Spec -> files: the blueprint's page and script inside the shared shell, server and manifest. */
export function renderApp(spec: AppSpecV1): FileMap {
  const output = blueprintFor(spec.blueprint)(spec);
  const files: FileMap = {
    [MANIFEST_PATH]: renderManifest(spec),
    [ENTRY]: renderServer(output.collections ?? []),
    'package.json': renderPackageJson(spec),
    'public/index.html': renderPage({ spec, main: output.main, clientData: output.clientData }),
    'public/app.js': `${CLIENT_KIT}\n${output.script}`,
    'public/style.css': output.css ? `${BASE_STYLES}\n${output.css}` : BASE_STYLES,
  };
  for (const path of Object.keys(files)) {
    const problem = explainUnsafePath(path);
    if (problem) throw new Error(`blueprint ${spec.blueprint} produced an unsafe path: ${problem}`);
  }
  return files;
}
