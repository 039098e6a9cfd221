// What the plan says it built, in plain words, made from the spec alone (so a change that removes
// something removes it from the description too).
import type { AppSpec, CollectionSpec, SectionSpec } from '@isekai/contracts';
import { TOOLS_CATALOGUE } from '../knowledge/tools/index.js';
import { joinWords } from './naming.js';

/** A game's own description, by its id: games carry no `about` text on their page. */
const GAME_DESCRIPTIONS = new Map(
  TOOLS_CATALOGUE.filter((t) => t.kind === 'game').map((t) => [t.id, t.description]),
);

/** What a tool section does, in its catalogue's words ("Blackjack against the dealer: hit or stand…"). */
function describeTool(section: Extract<SectionSpec, { type: 'tool' }>): string {
  const about = section.options.about;
  const text = typeof about === 'string' ? about : GAME_DESCRIPTIONS.get(section.blueprint);
  return text ? text.replace(/\.\s*$/, '') : `a ${section.blueprint.replace(/-/g, ' ')}`;
}

const VIEW_WORDS: Record<string, string> = {
  table: 'a table',
  cards: 'cards',
  list: 'a list',
  board: 'a board',
  calendar: 'a calendar',
  gallery: 'a gallery',
};

function describeSection(section: SectionSpec, collections: Map<string, CollectionSpec>): string {
  switch (section.type) {
    case 'collection': {
      const c = collections.get(section.collection);
      if (!c) return 'records';
      const fields = c.fields.slice(0, 6).map((f) => f.label.toLowerCase());
      const extras = [
        section.search ? 'search' : '',
        section.filters?.length ? 'filters' : '',
        section.totals?.length ? 'totals' : '',
        section.exportCsv ? 'CSV export' : '',
        ...(section.actions ?? []).map((a) => `“${a.label}”`),
      ].filter(Boolean);
      const by = section.by
        ? ` by ${c.fields.find((f) => f.name === section.by)?.label.toLowerCase() ?? section.by}`
        : '';
      return `${VIEW_WORDS[section.view] ?? 'a list'} of ${c.plural.toLowerCase()}${by} (${joinWords(fields)})${extras.length ? ` with ${joinWords(extras)}` : ''}`;
    }
    case 'stats':
      return `figures: ${joinWords(section.figures.map((f) => f.label.toLowerCase()))}`;
    case 'chart':
      return `a ${section.chart} chart of ${section.title.toLowerCase()}`;
    case 'form':
      return `a form “${section.title}” that stores what is sent`;
    case 'hero':
      return `a welcome banner “${section.heading}”`;
    case 'pricing':
      return `${section.items.length} pricing tiers`;
    case 'tool':
      return describeTool(section);
    case 'text':
      return `a text “${section.title}”`;
    default:
      return section.title.toLowerCase();
  }
}

function relationLines(collections: CollectionSpec[]): string[] {
  const lines: string[] = [];
  for (const c of collections) {
    const refs = c.fields.filter((f) => f.type === 'reference' && f.ref);
    if (refs.length > 0) {
      const names = refs.map(
        (f) => collections.find((o) => o.name === f.ref)?.label.toLowerCase() ?? f.label.toLowerCase(),
      );
      lines.push(
        `Each ${c.label.toLowerCase()} refers to ${joinWords(names.map((n) => `a ${n}`))}; its page lists them.`,
      );
    }
    const computed = c.fields.filter((f) => f.formula);
    if (computed.length > 0)
      lines.push(`${c.plural} work out ${joinWords(computed.map((f) => f.label.toLowerCase()))}.`);
  }
  return lines;
}

function lookLine(spec: AppSpec): string | null {
  const parts = Object.entries(spec.theme.colors).map(([part, hex]) => `${part} ${hex}`);
  const mode = spec.theme.mode === 'dark' ? 'dark mode' : '';
  const all = [mode, ...parts, spec.theme.font ? `${spec.theme.font} font` : ''].filter(Boolean);
  return all.length > 0 ? `Look: ${all.join(', ')}.` : null;
}

export function builtLines(spec: AppSpec): string[] {
  if (spec.blueprint !== 'composed') return [spec.description];
  const collections = new Map(spec.collections.map((c) => [c.name, c]));
  const pages = spec.pages.map(
    (p) => `${p.title}: ${p.sections.map((s) => describeSection(s, collections)).join('; ')}.`,
  );
  const look = lookLine(spec);
  return [...pages, ...relationLines(spec.collections), ...(look ? [look] : [])];
}

export function describeComposed(spec: AppSpec): string {
  if (spec.kind === 'site') {
    const pages = spec.pages.map((p) => p.title);
    return pages.length > 1 ? `A site with ${joinWords(pages)} pages.` : 'A one-page site.';
  }
  const names = spec.collections.map((c) => c.plural.toLowerCase());
  return names.length > 0 ? `Keep track of ${joinWords(names)}.` : 'A small app.';
}
