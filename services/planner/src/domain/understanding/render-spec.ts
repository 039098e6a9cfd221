import { COMPOSED_BLUEPRINT, type AppSpec, type FileMap } from '@isekai/contracts';
import { renderApp } from '../blueprints/render-app.js';
import { renderComposed } from '../compose/render-composed.js';
import { legacyView } from './legacy-view.js';

/** Spec -> files: composed apps by the composed renderer, tools and games by their blueprint. */
export function renderSpec(spec: AppSpec): FileMap {
  return spec.blueprint === COMPOSED_BLUEPRINT ? renderComposed(spec) : renderApp(legacyView(spec));
}
