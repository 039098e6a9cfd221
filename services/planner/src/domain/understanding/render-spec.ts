import { COMPOSED_BLUEPRINT, type AppSpec, type FileMap } from '@isekai/contracts';
import { renderApp } from '../blueprints/render-app.js';
import { renderComposed } from '../compose/render-composed.js';
import { legacyView } from './legacy-view.js';
import { composedFromV1, isMigratedV1 } from './v1-blueprints.js';

/** Spec -> files: composed apps and migrated v1 tools by the composed renderer, the rest by their blueprint. */
export function renderSpec(spec: AppSpec): FileMap {
  if (spec.blueprint === COMPOSED_BLUEPRINT) return renderComposed(spec);
  return isMigratedV1(spec.blueprint) ? renderComposed(composedFromV1(spec)) : renderApp(legacyView(spec));
}
