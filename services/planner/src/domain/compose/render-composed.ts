import {
  explainUnsafePath,
  MANIFEST_PATH,
  type AppSpec,
  type AppSpecV1,
  type FileMap,
} from '@isekai/contracts';
import { ENTRY, renderManifest, renderPackageJson } from '../blueprints/shared/manifest.js';
import { appAssets } from './app-assets.js';
import { renderIndexHtml } from './page-html.js';
import { renderThemeCss } from './theme-css.js';

/** Where server.js reads the collections (fields, rules, samples) from; outside public/, so never served. */
export const COLLECTIONS_PATH = 'collections.json';

/**
 * A composed spec -> every file of the app: the hand-written assets as they are, plus what the spec
 * decides (manifest, the collections the server serves, index.html with the spec embedded, theme.css).
 */
export function renderComposed(spec: AppSpec): FileMap {
  // The manifest helpers read only the title, which both spec versions have.
  const named = { title: spec.title } as AppSpecV1;
  const files: FileMap = {
    ...appAssets(),
    [MANIFEST_PATH]: renderManifest(named),
    'package.json': renderPackageJson(named),
    [COLLECTIONS_PATH]: `${JSON.stringify(spec.collections, null, 2)}\n`,
    'public/index.html': renderIndexHtml(spec),
    'public/css/theme.css': renderThemeCss(spec.theme),
  };
  if (!files['public/css/content.css'])
    files['public/css/content.css'] = '/* content sections: none yet */\n';
  if (!files[ENTRY]) throw new Error(`the app assets have no ${ENTRY}`);
  for (const path of Object.keys(files)) {
    const problem = explainUnsafePath(path);
    if (problem) throw new Error(`the composed renderer produced an unsafe path: ${problem}`);
  }
  return files;
}
