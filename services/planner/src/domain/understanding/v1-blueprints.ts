// Before the composed renderer each tool or game was a "v1 blueprint" named in spec.blueprint; plans
// stored then (and the tools the older prompt parser still reads) carry that name. This is the one table
// from such a name to what renders it now: a tool module of the app (public/js/tools/<id>.js), or the
// catalogue entry that does the same job.
import {
  COMPOSED_BLUEPRINT,
  type AppSpec,
  type CollectionSection,
  type CollectionSpec,
  type FieldSpec,
} from '@isekai/contracts';
import { TOOLS_CATALOGUE } from '../knowledge/tools/index.js';
import { slugOf } from './slug.js';
import { toolSpec } from './tool-spec.js';

interface V1Tool {
  /** The tool module that renders it; the spec's options go to it as they are, unless `options` says. */
  tool: string;
  options?: (spec: AppSpec) => Record<string, unknown>;
  /** What it does, in the words of its controls: the page's plain-HTML outline, read before any script runs. */
  about: (spec: AppSpec) => string;
  /** The collections the v1 app kept its records in, under the names its server stored them by. */
  collections?: (spec: AppSpec) => CollectionSpec[];
}

/** A v1 blueprint the catalogue has better entries for: those entries, with options over their own. */
type V1Catalogued = { entries: (spec: AppSpec) => string[]; options?: Record<string, unknown> };

/** A v1 blueprint that kept records the composed app shows as a view of a collection. */
type V1Records = { records: (spec: AppSpec) => { collection: CollectionSpec; section: CollectionSection } };

const textList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];

/** A v1 board: cards at /api/<plural slug> in named columns, now the composed board view by column. */
function boardRecords(spec: AppSpec): { collection: CollectionSpec; section: CollectionSection } {
  const columns = textList(spec.options.columns);
  const cards = liveCollection(spec, 'Cards', [
    { name: 'title', label: 'Title', type: 'text', required: true },
    { name: 'notes', label: 'Notes', type: 'longtext' },
    {
      name: 'column',
      label: 'Column',
      type: 'choice',
      options: columns.length > 0 ? columns : ['To do', 'Doing', 'Done'],
      required: true,
    },
  ]);
  return {
    collection: { ...cards, titleField: 'title' },
    section: { type: 'collection', collection: cards.name, view: 'board', by: 'column' },
  };
}

/** A v1 unit converter showed a card per measure asked for: the catalogue's converter of each. */
function unitConverters(spec: AppSpec): string[] {
  const asked = Array.isArray(spec.options.categories) ? spec.options.categories : [];
  const ids = asked
    .map((c) => `${String(c)}-converter`)
    .filter((id) => TOOLS_CATALOGUE.some((e) => e.id === id));
  return ids.length > 0 ? ids : ['length-converter', 'weight-converter', 'temperature-converter'];
}

/** v1 flashcards stored their cards at /api/<slug of the entity's plural>, seeded from options.seed. */
function flashcardCollections(spec: AppSpec): CollectionSpec[] {
  const cards = spec.collections[0];
  if (!cards) return [];
  const seed = Array.isArray(spec.options.seed) ? (spec.options.seed as Record<string, unknown>[]) : [];
  return [{ ...cards, name: slugOf(cards.plural), samples: seed }];
}

/** v1 chat, poll and board kept their records at /api/<slug of the entity's plural>, with fields of their own. */
function liveCollection(spec: AppSpec, fallback: string, fields: FieldSpec[]): CollectionSpec {
  const plural = spec.collections[0]?.plural ?? fallback;
  const label = spec.collections[0]?.label ?? fallback;
  return { name: slugOf(plural), label, plural, fields };
}

const chatCollection = (spec: AppSpec) =>
  liveCollection(spec, 'Messages', [
    { name: 'name', label: 'Name', type: 'text', required: true },
    { name: 'message', label: 'Message', type: 'longtext', required: true },
  ]);

/** The poll's options, its seed as samples (a v1 poll wrote them when its data file did not exist yet). */
function pollCollection(spec: AppSpec): CollectionSpec {
  const seed = Array.isArray(spec.options.seed) ? spec.options.seed.filter((o) => typeof o === 'string') : [];
  return {
    ...liveCollection(spec, 'Options', [
      { name: 'option', label: 'Option', type: 'text', required: true },
      { name: 'votes', label: 'Votes', type: 'number', min: 0 },
    ]),
    samples: seed.map((option) => ({ option, votes: 0 })),
  };
}

/** Whole minutes as the clock face shows them: 25 -> "25:00". */
const clockMinutes = (value: unknown, fallback: number) =>
  `${typeof value === 'number' && value > 0 ? Math.round(value) : fallback}:00`;

const targetLabel = (target: unknown) => {
  const label = (target as { label?: unknown } | undefined)?.label;
  return typeof label === 'string' && label.trim() ? label : 'the big day';
};

export const V1_TOOLS: Readonly<Record<string, V1Tool | V1Catalogued | V1Records>> = {
  board: { records: boardRecords },
  calculator: {
    tool: 'keypad-calculator',
    about: () => 'Press the keys or type a sum, then = for the answer.',
  },
  chat: {
    tool: 'chat',
    options: (spec) => ({ collection: chatCollection(spec).name }),
    about: () => 'Send a message under your name; new messages show as they arrive.',
    collections: (spec) => [chatCollection(spec)],
  },
  countdown: {
    tool: 'countdown',
    about: (spec) => `Days, hours, minutes and seconds left until ${targetLabel(spec.options.target)}.`,
  },
  flashcards: {
    tool: 'flashcards',
    about: () => 'Flip each card to see its other side, then go to the next; add cards of your own.',
    options: (spec) => {
      const { frontLabel, backLabel } = spec.options;
      return { collection: flashcardCollections(spec)[0]?.name, frontLabel, backLabel };
    },
    collections: flashcardCollections,
  },
  'json-formatter': { tool: 'json-formatter', about: () => 'Paste JSON to see it formatted and checked.' },
  'markdown-editor': {
    tool: 'markdown-editor',
    about: () => 'Write Markdown and see its preview as you type; download it as a .md file.',
  },
  'password-generator': {
    tool: 'password-generator',
    about: () => 'Generate a password of the length you choose, with or without symbols and numbers.',
  },
  poll: {
    tool: 'poll',
    options: (spec) => ({ collection: pollCollection(spec).name, question: spec.options.question }),
    about: () => 'Vote for an option and see the results as bars.',
    collections: (spec) => [pollCollection(spec)],
  },
  pomodoro: {
    tool: 'pomodoro',
    about: (spec) =>
      `Work for ${clockMinutes(spec.options.workMinutes, 25)}, then a break of ${clockMinutes(spec.options.breakMinutes, 5)}: start, pause or reset.`,
  },
  quiz: { tool: 'quiz', about: () => 'Answer each question, then see your score and play again.' },
  stopwatch: { tool: 'stopwatch', about: () => 'Start and stop the clock, record lap times and reset.' },
  // The v1 board was for two on one screen.
  'tic-tac-toe': { entries: () => ['tic-tac-toe'], options: { players: 2 } },
  'tip-calculator': { entries: () => ['tip-split'] },
  'unit-converter': { entries: unitConverters },
  timer: {
    tool: 'timer',
    about: () => 'Set the minutes, then start, pause or reset; it beeps when time is up.',
  },
};

/** Whether a v1 blueprint name renders through the composed app. */
export const isMigratedV1 = (blueprint: string): boolean => Object.hasOwn(V1_TOOLS, blueprint);

/** The catalogue entries' sections on one page, under the stored plan's title, kind and theme. */
function catalogued(spec: AppSpec, mapped: V1Catalogued): AppSpec {
  const apps = mapped.entries(spec).map((id) => {
    const entry = TOOLS_CATALOGUE.find((e) => e.id === id);
    if (!entry) throw new Error(`v1 blueprint ${spec.blueprint} maps to ${id}, not in the catalogue`);
    return toolSpec({ ...entry, options: { ...entry.options, ...mapped.options } }, '', spec.theme);
  });
  const [first] = apps;
  if (!first) throw new Error(`v1 blueprint ${spec.blueprint} maps to no catalogue entry`);
  return {
    ...first,
    kind: spec.kind,
    title: spec.title,
    description: spec.description,
    collections: [...new Map(apps.flatMap((a) => a.collections).map((c) => [c.name, c])).values()],
    pages: [{ id: 'home', title: spec.title, sections: apps.flatMap((a) => a.pages[0]?.sections ?? []) }],
  };
}

/**
 * A spec that names a v1 blueprint as a composed one: the tool on a page of its own, under the spec's
 * title, with its collections (so records an older app stored under those names are still served).
 * An unknown name keeps the tool section's placeholder, which says the tool is not built.
 */
export function composedFromV1(spec: AppSpec): AppSpec {
  const mapped = V1_TOOLS[spec.blueprint] ?? { tool: spec.blueprint, about: () => '' };
  if ('entries' in mapped) return catalogued(spec, mapped);
  if ('records' in mapped) {
    const { collection, section } = mapped.records(spec);
    return {
      ...spec,
      blueprint: COMPOSED_BLUEPRINT,
      collections: [collection],
      pages: [{ id: 'home', title: spec.title, sections: [section] }],
      options: {},
    };
  }
  const about = mapped.about(spec);
  const options = {
    ...(mapped.options?.(spec) ?? structuredClone(spec.options)),
    ...(about ? { about } : {}),
  };
  return {
    ...spec,
    blueprint: COMPOSED_BLUEPRINT,
    collections: mapped.collections?.(spec) ?? spec.collections,
    pages: [
      {
        id: 'home',
        title: spec.title,
        sections: [{ type: 'tool', blueprint: mapped.tool, title: spec.title, options }],
      },
    ],
    options: {},
  };
}
