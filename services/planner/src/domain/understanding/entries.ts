// Records that are periods, not things: "each day I enter visitors and sign-ups", "daily takings,
// coffees sold". The person keeps one entry a day (week, month...) holding the numbers they count, so
// the app is a dated log of those numbers, whatever noun the numbers are about.
import type { CollectionSpec, FieldSpec } from '@isekai/contracts';
import { listSegment, splitList } from '../offline/field-list.js';
import { inferField } from '../offline/field-typing.js';
import { countedType } from './field-kinds.js';
import { singular } from './lexicon.js';
import { camelCase, capitalize, namesOf, titleCase } from './naming.js';

export interface Entries {
  /** "day", "week": what one entry is. */
  period: string;
  fields: FieldSpec[];
}

const PERIOD_ADJECTIVES: Record<string, string> = {
  daily: 'day',
  nightly: 'night',
  weekly: 'week',
  monthly: 'month',
};

/** "each day I enter A and B": the list after the verb, up to where the sentence turns to what it shows. */
const EACH_PERIOD =
  /\b(?:each|every)\s+(day|night|week|month|shift|evening|session)\b,?\s+(?:i|we)\s+(?:enter|log|record|add|note|track|count|write(?:\s+down)?|put\s+in|type\s+in|fill\s+in)\s+(.+)/i;
const LIST_TURN = /[;.]|,\s*(?:and\s+)?(?:it|that|then|which|so|to)\b|\b(?:show|see|display|get|want)s?\b/i;

/**
 * A field for a counted thing: a plural noun ("visitors") or a noun counted by a verb ("coffees sold") is
 * a number, money ("takings") is money, and typed words keep their type ("date", "notes").
 */
async function countedField(item: string): Promise<FieldSpec | null> {
  const words = item
    .toLowerCase()
    .replace(/\b(?:daily|nightly|weekly|monthly|the|my|our|number of|how many)\b/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  if (!words) return null;
  const typed = inferField(words);
  // Typed words keep their type ("date"); "comments" counted each day are a number, not a text.
  if (typed && typed.type !== 'text' && typed.type !== 'longtext') return typed;
  // Whatever is counted is a number; "takings" are money.
  const label = capitalize(words);
  return { name: camelCase(words), label, type: await countedType(words), min: 0 };
}

async function fieldsOf(items: string[]): Promise<FieldSpec[]> {
  const fields: FieldSpec[] = [];
  for (const item of items) {
    const field = await countedField(item);
    if (field && !fields.some((f) => f.name === field.name)) fields.push(field);
  }
  return fields;
}

/**
 * "daily takings, coffees sold" are numbers; "weekly activities, room prices and a contact form" are
 * things a page shows: every item must be money or plural things, none "a ..." or "an ...".
 */
async function allCounted(items: string[]): Promise<boolean> {
  for (const item of items) {
    const words = item.trim().toLowerCase().split(/\s+/);
    if (/^(?:a|an)$/.test(words[0] ?? '')) return false;
    const plural = words.some((w) => /^[a-z]/.test(w) && singular(w) !== w);
    if (!plural && (await countedType(item)) !== 'money') return false;
  }
  return true;
}

/** The entries the text describes, or null when its records are things rather than periods. */
export async function readEntries(text: string): Promise<Entries | null> {
  const each = EACH_PERIOD.exec(text);
  if (each) {
    const rest = each[2]!;
    const turn = LIST_TURN.exec(rest);
    const items = splitList(turn ? rest.slice(0, turn.index) : rest);
    const fields = await fieldsOf(items);
    return fields.length > 0 ? { period: singular(each[1]!.toLowerCase()), fields } : null;
  }
  // "café dashboard: daily takings, coffees sold": the list opens with a period's numbers.
  const segment = listSegment(text);
  const items = segment ? splitList(segment).filter((i) => i.trim()) : [];
  const opener = /^(daily|nightly|weekly|monthly)\s+\S/i.exec(items[0]?.trim() ?? '');
  if (!opener || items.length < 2 || !(await allCounted(items))) return null;
  const fields = await fieldsOf(items);
  return { period: PERIOD_ADJECTIVES[opener[1]!.toLowerCase()]!, fields };
}

/** One entry per period: its date (today by default) names it, its numbers follow, then notes. */
export function entriesCollection(entries: Entries): CollectionSpec {
  const date: FieldSpec = { name: 'date', label: 'Date', type: 'date', default: 'today', required: true };
  const notes: FieldSpec = { name: 'notes', label: 'Notes', type: 'longtext' };
  const fields = entries.fields.filter((f) => f.type !== 'date' && f.name !== 'notes');
  return { ...namesOf(entries.period), fields: [date, ...fields, notes], titleField: 'date' };
}

/** The app's name: what the text calls it before its colon ("website stats"), else "Daily log". */
export function entriesTitle(text: string, entries: Entries): string {
  const head = /^\s*(?:(?:a|an|my|our|the)\s+)?([^:.;]{2,40}):/i.exec(text)?.[1];
  if (head) return titleCase(head.trim());
  const adjective = Object.entries(PERIOD_ADJECTIVES).find(([, p]) => p === entries.period)?.[0];
  return `${capitalize(adjective ?? entries.period)} log`;
}
