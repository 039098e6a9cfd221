import { featuresIn } from '../offline/features.js';
import type { ListFeatures } from './generic-pages.js';

/** What the lists of records should offer (search, sort, chart, CSV...), read from the prompt's words. */
export function listFeaturesOf(lower: string): ListFeatures {
  const found = new Set(featuresIn(lower));
  return {
    search: found.has('search'),
    sort: /\bnewest first|latest first|most recent first\b/.test(lower)
      ? { field: 'createdAt', direction: 'desc' }
      : null,
    filter: found.has('filter'),
    chart: found.has('chart'),
    totals: found.has('totals'),
    exportCsv: found.has('csv-export'),
    importCsv: found.has('csv-import'),
    live: found.has('live'),
    cards: /\bcards?\b|\bgallery\b/.test(lower),
  };
}
