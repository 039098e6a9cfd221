// Where built measures go: figures join the stats of the page that shows their records (or open it),
// charts follow them; a figure or chart the app already has is not added twice.
import type { Aggregate, ChartSection, CollectionSpec, PageSpec, StatsSection } from '@isekai/contracts';

interface Spec {
  collections: CollectionSpec[];
  pages: PageSpec[];
}

/** The records the app leads with: those of the first page's first list, else the first collection. */
export function mainCollection(spec: Spec): CollectionSpec | undefined {
  const first = spec.pages
    .flatMap((p) => p.sections)
    .find((s) => s.type === 'collection' && spec.collections.some((c) => c.name === s.collection));
  const name = first?.type === 'collection' ? first.collection : undefined;
  return spec.collections.find((c) => c.name === name) ?? spec.collections[0];
}

/** The page whose figures are about the collection: one with stats over it, else the one listing it. */
function pageFor(spec: Spec, collection: CollectionSpec): PageSpec | undefined {
  return (
    spec.pages.find((p) =>
      p.sections.some((s) => s.type === 'stats' && s.figures.some((f) => f.collection === collection.name)),
    ) ??
    spec.pages.find((p) => p.sections.some((s) => s.type === 'stats')) ??
    spec.pages.find((p) =>
      p.sections.some((s) => s.type === 'collection' && s.collection === collection.name),
    ) ??
    spec.pages[0]
  );
}

const sameFigure = (a: Aggregate, b: Aggregate) =>
  a.collection === b.collection &&
  a.fn === b.fn &&
  a.field === b.field &&
  JSON.stringify(a.where ?? null) === JSON.stringify(b.where ?? null) &&
  JSON.stringify(a.period ?? null) === JSON.stringify(b.period ?? null);

export function placeFigures(spec: Spec, collection: CollectionSpec, figures: Aggregate[]): void {
  const page = pageFor(spec, collection);
  if (!page) return;
  let stats = page.sections.find((s): s is StatsSection => s.type === 'stats');
  if (!stats) {
    stats = { type: 'stats', figures: [] };
    page.sections.unshift(stats);
  }
  const all = spec.pages.flatMap((p) => p.sections).flatMap((s) => (s.type === 'stats' ? s.figures : []));
  for (const figure of figures) {
    const twin = all.find((g) => sameFigure(g, figure));
    // The app's own figure takes the person's words for it.
    if (twin) Object.assign(twin, { label: figure.label, ...(figure.goal && { goal: figure.goal }) });
    else stats.figures.push(figure);
  }
}

/**
 * `sameSeries`: any chart of the collection over the same dates is the one asked for ("sales by month"
 * beside the app's "Revenue by month"), whatever it adds up.
 */
export function placeChart(
  spec: Spec,
  collection: CollectionSpec,
  chart: ChartSection,
  { sameSeries = false } = {},
): void {
  const charts = spec.pages.flatMap((p) => p.sections).filter((s): s is ChartSection => s.type === 'chart');
  const twin = charts.find(
    (c) =>
      c.collection === chart.collection &&
      c.by === chart.by &&
      (c.every ?? 'month') === (chart.every ?? 'month') &&
      (sameSeries || (c.fn === chart.fn && c.field === chart.field)),
  );
  if (twin && sameSeries) return;
  if (twin) {
    twin.title = chart.title;
    return;
  }
  const page = pageFor(spec, collection);
  if (!page) return;
  // After the page's figures and the charts already under them.
  const lastChart = page.sections.findLastIndex((s) => s.type === 'chart');
  const stats = page.sections.findIndex((s) => s.type === 'stats');
  const at = lastChart >= 0 ? lastChart + 1 : stats >= 0 ? stats + 1 : page.sections.length;
  page.sections.splice(at, 0, chart);
}
