import { renderCsvViewer } from './content/csv-viewer.blueprint.js';
import { renderLandingPage } from './content/landing-page.blueprint.js';
import { renderDataApp } from './data-app/data-app.blueprint.js';
import { renderHabits, renderWeekPlanner } from './planners/planners.blueprint.js';
import type { Blueprint } from './shared/blueprint.types.js';

/**
 * Blueprint name (AppSpecV1.blueprint) -> renderer, for those not yet moved to the composed app
 * (understanding/v1-blueprints.ts). Unknown names fall back to the data app.
 */
export const BLUEPRINTS: Record<string, Blueprint> = {
  'data-app': renderDataApp,
  habits: renderHabits,
  'week-planner': renderWeekPlanner,
  'landing-page': renderLandingPage,
  'csv-viewer': renderCsvViewer,
};
