import type { AppFeature } from '@isekai/contracts';

/** Words that ask for a behaviour rather than a piece of data. */
const FEATURE_WORDS: [AppFeature, RegExp][] = [
  ['search', /\b(search(?:able|ing)?|find|look ?up|lookup)\b/i],
  ['sort', /\b(sort(?:ed|able|ing)?|order(?:ed)? by|newest first|oldest first|rank(?:ed)?)\b/i],
  ['filter', /\b(filter(?:s|ed|ing|able)?|by category)\b/i],
  ['chart', /\b(charts?|graphs?|plots?|visuali[sz](?:e|ation)|bar chart|pie chart)\b/i],
  ['totals', /\b(totals?|sum|how much|running total|spent)\b/i],
  ['stats', /\b(averages?|stats|statistics|summary|counts?|per[- ]student|streaks?)\b/i],
  ['csv-export', /\b(export|download|csv|spreadsheet|backup)\b/i],
  ['csv-import', /\b(import|upload|load from csv)\b/i],
  ['dark-mode', /\b(dark (?:mode|theme)|night mode|make it dark)\b/i],
  ['live', /\b(live|real[- ]?time|as they arrive|instantly|auto-?refresh)\b/i],
  [
    'reminders',
    /\b(remind(?:er|ers)?|overdue|warn(?:ing)?|alerts?|notify|low stock|need(?:s)? (?:water|attention))\b/i,
  ],
];

export function featuresIn(text: string): AppFeature[] {
  return FEATURE_WORDS.filter(([, pattern]) => pattern.test(text)).map(([feature]) => feature);
}

/** A chart of amounts is useless without the totals beside it. */
export function normalizeFeatures(features: AppFeature[]): AppFeature[] {
  const set = new Set(features);
  if (set.has('chart')) set.add('totals');
  set.add('persistence');
  return [...set].sort();
}

export interface SortOption {
  field: string;
  direction: 'asc' | 'desc';
}

/** "newest first", "highest first", "Z-A" read as descending; everything else ascending. */
export function directionFrom(text: string, fallback: 'asc' | 'desc' = 'asc'): 'asc' | 'desc' {
  if (
    /\b(newest|latest|most recent|highest|largest|biggest|most|descending|desc|z-a|recent first)\b/i.test(
      text,
    )
  )
    return 'desc';
  if (/\b(oldest|earliest|lowest|smallest|least|ascending|asc|a-z)\b/i.test(text)) return 'asc';
  return fallback;
}
