// Pages for collections composed from the prompt's own nouns: one page per collection with the view that
// suits its records, and an overview with figures when there are several. The first collection's page is
// the home page, so the app opens where its records are added (as a domain's app opens on the asked records).
import type { CollectionSection, CollectionSpec, PageSpec, SectionSpec } from '@isekai/contracts';
import { slugOf } from './slug.js';

export interface ListFeatures {
  search: boolean;
  sort: { field: string; direction: 'asc' | 'desc' } | null;
  filter: boolean;
  chart: boolean;
  totals: boolean;
  exportCsv: boolean;
  importCsv: boolean;
  live: boolean;
  cards: boolean;
}

function collectionSection(
  collection: CollectionSpec,
  features: ListFeatures,
  main: boolean,
): CollectionSection {
  const numbers = collection.fields.filter((f) => (f.type === 'money' || f.type === 'number') && !f.formula);
  const filters = collection.fields.filter((f) =>
    ['choice', 'boolean', 'reference', 'tags'].includes(f.type),
  );
  const sortField = main && features.sort && collection.fields.some((f) => f.name === features.sort?.field);
  return {
    type: 'collection',
    collection: collection.name,
    view: features.cards && main ? 'cards' : 'table',
    ...(features.search ? { search: true } : {}),
    ...(features.filter && filters.length > 0 ? { filters: filters.map((f) => f.name) } : {}),
    ...(sortField && features.sort ? { sort: features.sort } : {}),
    ...((features.totals || numbers.some((f) => f.type === 'money')) && numbers.length > 0
      ? { totals: numbers.filter((f) => f.type === 'money' || features.totals).map((f) => f.name) }
      : {}),
    ...(features.exportCsv ? { exportCsv: true } : {}),
    ...(features.importCsv ? { importCsv: true } : {}),
    ...(features.live ? { live: true } : {}),
  };
}

/** A chart of the main collection: the first money or number field by a choice field or by month. */
function chartOf(collection: CollectionSpec): SectionSpec | null {
  const measure =
    collection.fields.find((f) => f.type === 'money' && !f.formula) ??
    collection.fields.find((f) => f.type === 'number' && !f.formula);
  const by =
    collection.fields.find((f) => f.type === 'choice' || f.type === 'reference') ??
    collection.fields.find((f) => f.type === 'date');
  if (!by) return null;
  return {
    type: 'chart',
    title: `${measure ? measure.label : collection.plural} by ${by.type === 'date' ? 'month' : by.label.toLowerCase()}`,
    collection: collection.name,
    chart: 'bar',
    fn: measure ? 'sum' : 'count',
    ...(measure ? { field: measure.name } : {}),
    by: by.name,
  };
}

export function genericPages(
  title: string,
  collections: CollectionSpec[],
  features: ListFeatures,
): PageSpec[] {
  const [main, ...others] = collections;
  if (!main) return [];
  const chart = features.chart ? chartOf(main) : null;
  if (others.length === 0) {
    return [
      { id: 'home', title, sections: [collectionSection(main, features, true), ...(chart ? [chart] : [])] },
    ];
  }
  const overview: PageSpec = {
    id: 'overview',
    title: 'Overview',
    sections: [
      {
        type: 'stats',
        figures: collections.map((c) => ({ label: c.plural, collection: c.name, fn: 'count' as const })),
      },
      ...(chart ? [chart] : []),
    ],
  };
  const [home, ...rest] = collections.map((c, i) => ({
    id: slugOf(c.plural),
    title: c.plural,
    sections: [collectionSection(c, features, i === 0)],
  }));
  return [home!, overview, ...rest];
}
