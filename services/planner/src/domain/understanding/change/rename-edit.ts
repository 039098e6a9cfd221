// "call it Crumb", "rename category to type", "rename expenses to costs", "rename the Gallery page to
// Work": a new name for the app, a field, a collection, a page or a section, shown everywhere the old
// one was; stored names stay, so saved records keep their values.
import type { AppSpec, CollectionSpec, SectionSpec } from '@isekai/contracts';
import { singular } from '../lexicon.js';
import { capitalize, namesOf } from '../naming.js';
import { collectionCalled, collectionNamed, fieldNamed, type ChangeContext, type Edit } from './context.js';
import { renameShown, replaceWord } from './shown-words.js';

const APP =
  /^(?:call it|name it|rename (?:it|the app|this app|the site|this site) (?:to|as)|title it|change the (?:title|name)(?: of the (?:app|site))? to|make the (?:title|name)|the (?:title|name) should be)\s+["“']?(.+?)["”']?$/i;
const Q = `["“'‘]?`;
const UNQ = `["”'’]?`;
/** The ways a rename is said, each giving [old, new]; a new name before the old one is swapped. */
const RENAMES: { pattern: RegExp; swap?: true }[] = [
  // "change the name of place to route"
  { pattern: /^change the name of (?:the )?(.+?)\s+to\s+["“'‘]?(.+?)["”'’]?$/i },
  {
    pattern: new RegExp(
      `^(?:rename|change|call)\\s+(?:the )?(.+?)\\s+(?:to|into|as)\\s+${Q}(.+?)${UNQ}(?:\\s+instead)?$`,
      'i',
    ),
  },
  // "call the price 'cost' instead", "call price cost instead"
  { pattern: new RegExp(`^call\\s+(?:the )?(.+?)\\s+["“'‘](.+?)["”'’](?:\\s+instead)?$`, 'i') },
  { pattern: /^call\s+(?:the )?(.+?)\s+([a-z-]+)\s+instead$/i },
  // "call the venue the location"
  { pattern: /^call\s+(?:the )?(.+?)\s+the\s+(.+)$/i },
  // "the place field should be called route", "the weight is now called load"
  {
    pattern: new RegExp(
      `^(?:the )?(.+?)\\s+(?:should be|is now|are now|will be) (?:called|named|renamed(?: to)?|known as)\\s+${Q}(.+?)${UNQ}$`,
      'i',
    ),
  },
  // "I'd prefer 'prep time' rather than cooking time", "we would prefer attendees to guests"
  {
    pattern: new RegExp(
      `^(?:i|we)(?:'d|’d|\\s+would)?\\s+(?:prefer|rather)\\s+(?:(?:say|use|have)\\s+)?${Q}(.+?)${UNQ}\\s+(?:rather than|instead of|than|to|over)\\s+(?:the\\s+)?${Q}(.+?)${UNQ}$`,
      'i',
    ),
    swap: true,
  },
  // "replace the word budget with allowance"; "replace the chart with a table" is no new name.
  {
    pattern: new RegExp(
      `^(?:replace|swap)\\s+(?:the\\s+)?${Q}(.+?)${UNQ}\\s+(?:with|for)\\s+(?!(?:a|an)\\s)${Q}(.+?)${UNQ}$`,
      'i',
    ),
  },
  // "use 'goal' instead of 'target'", "say goal instead of target"
  {
    pattern: new RegExp(`^(?:use|say)\\s+${Q}(.+?)${UNQ}\\s+instead of\\s+(?:the )?${Q}(.+?)${UNQ}$`, 'i'),
    swap: true,
  },
];

/** "let's", "everywhere", "from now on", "please": words around a rename that name nothing. */
const LEAD = /^(?:let's|let’s|let us|can we|could we)\s+/i;
const AROUND =
  /(?:,?\s+(?:everywhere|throughout(?: the (?:app|site))?|from now on|on every page|in the app|please))+[.!]?$/i;
/** "the word target", "the label deadline": what the old name is, not the name. */
const NAMING_WORD = /^(?:the\s+)?(?:word|label|term|heading)\s+/i;

/** The old and new name of a rename clause, or null when it is no rename. */
export function renameWords(clause: string): [string, string] | null {
  const text = clause.trim().replace(LEAD, '').replace(AROUND, '');
  for (const { pattern, swap } of RENAMES) {
    const m = pattern.exec(text);
    if (!m?.[1] || !m[2]) continue;
    const [from, to] = swap ? [m[2], m[1]] : [m[1], m[2]];
    return [from.trim().replace(NAMING_WORD, ''), to.trim()];
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function renameApp(spec: AppSpec, to: string): string {
  const from = spec.title;
  const phrase = new RegExp(`\\b${escape(from)}\\b`, 'gi');
  renameShown(spec.pages, (text) => text.replace(phrase, to));
  spec.title = to;
  return `Renamed the app from ${from} to ${to}.`;
}

/** Sections that show a collection's records, figures or form. */
function sectionsOf(spec: AppSpec, collection: string): SectionSpec[] {
  return spec.pages.flatMap((p) =>
    p.sections.filter(
      (s) =>
        ('collection' in s && s.collection === collection) ||
        (s.type === 'stats' && s.figures.some((f) => f.collection === collection)),
    ),
  );
}

/** "rename reps to repetitions": the field of that name in each collection that has one. */
function renameField(change: ChangeContext, from: string, to: string): string | null {
  const { spec } = change;
  const hits = spec.collections.flatMap((c) => {
    const hit = fieldNamed(spec, from, c);
    return hit ? [hit] : [];
  });
  if (hits.length === 0) return null;
  const old = hits[0]!.field.label;
  for (const { collection, field } of hits) {
    const was = field.label;
    renameShown(sectionsOf(spec, collection.name), (text) => replaceWord(text, was, to));
    renameShown(collection.rules ?? [], (text) => replaceWord(text, was, to));
    // A page of these records titled by the field ("Weight" for the weigh-ins) is read as that field.
    for (const page of spec.pages)
      if (
        page.title.toLowerCase() === was.toLowerCase() &&
        page.sections.some((s) => 'collection' in s && s.collection === collection.name)
      )
        page.title = capitalize(to);
    field.label = capitalize(to);
  }
  change.focus = hits[0]!.collection.name;
  return `Renamed ${old.toLowerCase()} to ${to.toLowerCase()}.`;
}

/**
 * "rename target to goal" where the target is a figure's ("Daily target: 10,000"), not a field's; the
 * charts of the same figure ("Balance by month") are renamed with it.
 */
function renameFigures(spec: AppSpec, from: string, to: string): string | null {
  const stats = spec.pages.flatMap((p) => p.sections).filter((s) => s.type === 'stats' || s.type === 'chart');
  let renamed = false;
  renameShown(stats, (text) => {
    const next = replaceWord(text, from, to);
    renamed ||= next !== text;
    return next;
  });
  return renamed ? `Renamed ${from.toLowerCase()} to ${to.toLowerCase()} in the figures.` : null;
}

function renameCollection(change: ChangeContext, from: string, to: string): string | null {
  const { spec } = change;
  const collection = collectionCalled(spec, from) ?? collectionNamed(spec, from);
  if (!collection) return null;
  const names = namesOf(singular(to));
  const old = collection.label;
  const oldPlural = collection.plural;
  renameShown(spec, (text) => replaceWord(text, old, names.label));
  collection.label = names.label;
  collection.plural = names.plural;
  change.focus = collection.name;
  return `Renamed ${oldPlural.toLowerCase()} to ${names.plural.toLowerCase()}.`;
}

function renamePage(spec: AppSpec, from: string, to: string): string | null {
  const wanted = from.replace(/\s+page$/i, '').toLowerCase();
  const page = spec.pages.find((p) => p.title.toLowerCase() === wanted);
  if (!page) return null;
  const old = page.title;
  renameShown(page.sections, (text) => replaceWord(text, old, to));
  page.title = capitalize(to);
  return `Renamed the ${old} page to ${page.title}.`;
}

function renameSection(spec: AppSpec, from: string, to: string): string | null {
  const wanted = from.replace(/\s+section$/i, '').toLowerCase();
  const section = spec.pages
    .flatMap((p) => p.sections)
    .find((s) => ('title' in s && s.title?.toLowerCase() === wanted) || s.type === wanted);
  if (!section || !('title' in section)) return null;
  const old = section.title ?? section.type;
  section.title = capitalize(to);
  return `Renamed the ${old} section to ${section.title}.`;
}

function calledByOwnName(collection: CollectionSpec, word: string): boolean {
  const wanted = singular(word.toLowerCase());
  return [collection.label, collection.plural].some((n) => singular(n.toLowerCase()) === wanted);
}

/** A field labelled with the word itself, in any collection. */
function fieldShowing(spec: AppSpec, word: string): boolean {
  const wanted = singular(word.toLowerCase());
  return spec.collections.some((c) => c.fields.some((f) => singular(f.label.toLowerCase()) === wanted));
}

export const renameEdit: Edit = (change, clause) => {
  const { spec } = change;
  const app = APP.exec(clause)?.[1];
  if (app) return renameApp(spec, app);
  const words = renameWords(clause);
  if (!words) return null;
  const [from, to] = words;
  // "rename the Gallery page to Work" names a page; "rename tasks to jobs" a collection before a field.
  if (/\bpage$/i.test(from)) return renamePage(spec, from, to);
  if (/\bsection$/i.test(from)) return renameSection(spec, from, to);
  // A field that shows the very word ("Weight") wins over a collection known by it as an alias only
  // (weigh-ins, once called "weight").
  const called = collectionCalled(spec, from);
  if (called && !(fieldShowing(spec, from) && !calledByOwnName(called, from)))
    return renameCollection(change, from, to);
  if (from.toLowerCase() === spec.title.toLowerCase()) return renameApp(spec, to);
  return (
    renameField(change, from, to) ??
    renameFigures(spec, from, to) ??
    renameCollection(change, from, to) ??
    renamePage(spec, from, to) ??
    renameSection(spec, from, to) ??
    renameShownWord(spec, from, to)
  );
};

/** Any other word a person reads ("Household" of the app's title, "left over" of a chart): renamed where shown. */
function renameShownWord(spec: AppSpec, from: string, to: string): string | null {
  let renamed = false;
  renameShown(spec, (text) => {
    const next = replaceWord(text, from, to);
    renamed ||= next !== text;
    return next;
  });
  return renamed ? `Renamed ${from.toLowerCase()} to ${to.toLowerCase()} where it was shown.` : null;
}
