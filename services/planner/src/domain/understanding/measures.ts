// The figures a person asks an app to work out, read from their own words: "the class average", "my
// weekly average", "the total revenue", "covers per night", "the conversion rate", "average spend per
// customer", "the top scorer", "the stock value of each product (quantity x cost)", "no-shows", "a low
// stock warning". Each is kept with its words (the label the person will read) and its span, so the
// phrase is not also read as a field or a kind of record; build-measures.ts turns them into figures,
// charts and computed fields over the app's own fields.
import type { Period } from '@isekai/contracts';
import { inferField } from '../offline/field-typing.js';
import { singular } from './lexicon.js';
import { capitalize } from './naming.js';
import { sharePhrase } from './share-phrase.js';

export type Every = 'day' | 'week' | 'month' | 'year';

export type Measure =
  /** One figure over all records: average, total, highest... of a field (or of the main number). */
  | { kind: 'figure'; fn: 'sum' | 'average'; of?: string; period?: Period }
  /** The record with the highest or lowest value: "the top scorer". */
  | { kind: 'top'; fn: 'max' | 'min'; of: string }
  /** How many records: "the number of open tickets by priority", "counts by severity". */
  | { kind: 'count'; of?: string; by?: string }
  /** A value over time or by a field: "covers per night", "headcount per department". */
  | { kind: 'per'; of: string; every?: Every; by?: string; chart: boolean }
  /** A per-record share of two counts: "the conversion rate". */
  | { kind: 'rate' }
  /** A per-record percentage of one number in another: "spent as a share of budget". */
  | { kind: 'share'; part?: string; whole: string; per?: string }
  /** A per-record quotient: "average spend per customer" (spend / customers). */
  | { kind: 'ratio'; of: string; per: string }
  /** A per-record product: "stock value (quantity x cost)". */
  | { kind: 'product'; operands?: [string, string] }
  /** Records whose yes/no field is no: "no-shows". */
  | { kind: 'negated'; of: string }
  /** Records past their due date: "show which are overdue", "overdue ones flagged". */
  | { kind: 'overdue' }
  /** Records whose number runs low: "a low stock warning". */
  | { kind: 'low'; of: string }
  /** The measure before it drawn over time: "and a chart over time". */
  | { kind: 'trend' }
  /** A figure to reach or stay under: "my daily goal is 2000 ml", "a limit of 400 mg". */
  | { kind: 'goal'; value: number; of?: string; period?: Period; word: string };

export type ReadMeasure = Measure & { label: string; start: number; end: number };

export interface MeasureReading {
  measures: ReadMeasure[];
  /** The text with the measures' words blanked (same length, so positions still hold). */
  rest: string;
}

const TIME_UNITS: Record<string, Every> = {
  day: 'day',
  night: 'day',
  evening: 'day',
  shift: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

const PERIOD_WORDS: Record<string, Period> = {
  daily: 'today',
  today: 'today',
  day: 'today',
  weekly: 'week',
  week: 'week',
  monthly: 'month',
  month: 'month',
  yearly: 'year',
  annual: 'year',
  year: 'year',
};

/** Words that lead into a measure without being part of its name: "it shows me the ...". */
const LEAD =
  /^(?:(?:and|also|then|plus|with|it|that|which|shows?|showing|see|display(?:s|ing)?|me|i|we|want|need|the|a|an|my|our|its|their|overall|current)\s+)+/;

/** "a chart of X", "X as a chart": the measure is drawn. */
const CHART_LEAD = /^(?:(?:a|an|the)\s+)?(?:(?:line|bar|pie)\s+)?(?:chart|graph|plot)\s+(?:of|showing)\s+/;
const CHART_TAIL = /\s+(?:as|in|on)\s+(?:a|an)\s+(?:(?:line|bar|pie)\s+)?(?:chart|graph)$/;

interface Item {
  text: string;
  start: number;
}

/** Line, comma, semicolon, colon, "and", "with" separated parts, brackets kept whole, with where each starts. */
function itemsOf(text: string): Item[] {
  const items: Item[] = [];
  // A comma or point inside a number ("10,000", "2.5") separates nothing; a line is an item of its own,
  // its bullet or number ("- ", "2. ") with the break.
  const separator =
    /\s*\n\s*(?:(?:[-*•]|\d+[.)])\s+)?|(?:[;:!?]|[,.](?!\d))\s*|\s+(?:and|with|including)\s+/gi;
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth += 1;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    separator.lastIndex = i;
    const match = separator.exec(text);
    if (!match || match.index !== i) continue;
    items.push({ text: text.slice(from, i), start: from });
    from = i + match[0].length;
    i = from - 1;
  }
  items.push({ text: text.slice(from), start: from });
  return items.filter((item) => item.text.trim().length > 0);
}

const unit = (word: string | undefined): Every | undefined => (word ? TIME_UNITS[singular(word)] : undefined);

/** A phrase that names a field of its own ("price per kg", "cost per night") is data, not a measure. */
function namesAField(words: string): boolean {
  const field = inferField(words);
  return field !== null && field.type !== 'text' && field.type !== 'longtext';
}

/**
 * How the item is introduced: "the conversion rate", "it shows the number of..." point at a figure;
 * "an hourly rate", "a line total" name a field to fill in; a bare item may be either.
 */
export type Reference = 'definite' | 'indefinite' | 'bare';

function referenceOf(lead: string): Reference {
  if (/\b(?:a|an)\s+$/.test(lead)) return 'indefinite';
  return /\b(?:the|my|our|its|their|shows?|showing|see|display(?:s|ing)?)\b/.test(lead) ? 'definite' : 'bare';
}

/** Words that name a measure's subject: one to three plain words ("bugs opened", "test score"). */
const SUBJECT = /^[a-z-]+(?: [a-z-]+){0,2}$/;
const SMALL_WORDS = /\b(?:as|in|on|to|into|is|are|that|which|a|an|the|of|for|with)\b/;
const subject = (words: string) => SUBJECT.test(words) && !SMALL_WORDS.test(words);

const SHARE_WORD = '(?:percent(?:age)?|share|proportion|fraction|%)';
const OWNER = '(?:(?:its|their|the|his|her|my|our)\\s+)?';

/**
 * "spent as a percent of budget", "utilisation (spent as a share of budget, in percent)": one number of
 * a record as a percentage of another, said as the whole item. Said inside a clause ("I'd like to see
 * what percent of its budget each club has used"), `share-phrase.ts` finds it.
 */
function shareOf(t: string): Measure | null {
  const inside = /^[a-z][a-z -]*?\s*\(([^)]+)\)$/.exec(t)?.[1] ?? t;
  const m = new RegExp(
    `^(?:the\\s+)?([a-z][a-z ]*?)\\s+(?:as|in)\\s+(?:an?\\s+)?${SHARE_WORD}\\s+of\\s+${OWNER}([a-z][a-z ]*?)(?:,.*)?$`,
  ).exec(inside);
  return m ? { kind: 'share', part: m[1]!, whole: m[2]! } : null;
}

const PERIOD = '(?<adjective>daily|weekly|monthly|yearly|annual)';
const GOAL_WORD = '(?<word>goal|target|limit|aim|cap|allowance)';
const AMOUNT =
  '(?<value>\\d[\\d,]*(?:\\.\\d+)?)\\s*(?<of>(?!(?:a|an|the|per|each|for|by|in|on|this)\\b)[a-z]+)?(?:\\s+(?:a|per|each|this)\\s+(?<every>day|week|month|year))?';
/** "daily goal is 2000 ml", "goal of 30 books this year"; "10,000 steps a day target". */
const GOALS = [
  // "my goal of walking 10,000 steps", "the aim is to read 20 books": the doing between is the goal's.
  new RegExp(
    `\\b(?:${PERIOD}\\s+)?${GOAL_WORD}(?:\\s*:\\s*|\\s+(?:is\\s+|of\\s+)?)(?:(?:to\\s+[a-z]+|[a-z]+ing)\\s+)?${AMOUNT}\\b`,
  ),
  new RegExp(`\\b${AMOUNT}\\s+(?:${PERIOD}\\s+)?${GOAL_WORD}\\b`),
];
/** The period a goal's sentence names elsewhere: "today's total against my limit of 400 mg". */
const SAID_PERIOD = /\b(today|daily|this (?:week|month|year))\b/;

/**
 * A number to reach or stay under, anywhere in the item ("today's total shown against my limit of 400
 * mg"), with what it counts and the period it is for.
 */
function goalOf(t: string): Measure | null {
  const g = GOALS.map((re) => re.exec(t)?.groups).find(Boolean);
  if (!g) return null;
  const said = SAID_PERIOD.exec(t)?.[1]?.replace(/^this /, '');
  const period = PERIOD_WORDS[g.adjective ?? g.every ?? said ?? ''];
  return {
    kind: 'goal',
    value: Number(g.value!.replace(/,/g, '')),
    word: g.word!,
    ...(g.of ? { of: g.of } : {}),
    ...(period ? { period } : {}),
  };
}

const OVERDUE = /\b(?:overdue|past due)\b/;
/** Words around "overdue" that ask to see it and name nothing: "show which are", "the ones flagged". */
const FLAG_WORDS = new Set(
  'show shows showing see flag flags flagged mark marks marked highlight highlights highlighted list lists listed which what that are is be ones one those them any all the me us i we want need'.split(
    ' ',
  ),
);

/**
 * The span of an overdue measure: the whole item when its other words only ask to see it, otherwise the
 * word and the "when it has passed" after it, so "flag overdue loans" keeps its loans.
 */
function overdueSpan(text: string): { start: number; end: number } | null {
  const at = OVERDUE.exec(text.toLowerCase());
  if (!at) return null;
  const others = (
    text.toLowerCase().slice(0, at.index) +
    ' ' +
    text.toLowerCase().slice(at.index + at[0].length)
  )
    .match(/[a-z']+/g)
    ?.filter((w) => !FLAG_WORDS.has(w));
  if (!others?.length) return null;
  const after = /^\s+(?:when|once|if|after)\b.*$/s.exec(text.slice(at.index + at[0].length));
  return { start: at.index, end: at.index + at[0].length + (after?.[0].length ?? 0) };
}

/** What one item asks for, or null when it asks for no measure. */
function measureOf(item: string, previous: ReadMeasure | undefined, reference: Reference): Measure | null {
  const chart = CHART_LEAD.test(item) || CHART_TAIL.test(item);
  const t = item.replace(CHART_LEAD, '').replace(CHART_TAIL, '');
  let m: RegExpExecArray | null;
  if (/^(?:(?:a|an)\s+)?(?:(?:line|bar)\s+)?(?:chart|graph)\s+over\s+time$/.test(item))
    return { kind: 'trend' };
  if (
    (m =
      /^(.+?)(?:\s+of\s+(?:each|every|a|the)\s+[a-z -]+?)?\s*\(\s*([a-z][a-z ]*?)\s*(?:x|×|\*|times)\s*([a-z][a-z ]*?)\s*\)$/.exec(
        t,
      ))
  )
    return { kind: 'product', operands: [m[2]!, m[3]!] };
  if (/^[a-z ]*\bvalue\s+of\s+(?:each|every)\s+[a-z -]+$/.test(t)) return { kind: 'product' };
  if ((m = /^low[- ]([a-z]+)(?:\s+(?:warning|alert|flag|notice|reminder)s?)?$/.exec(t)))
    return { kind: 'low', of: m[1]! };
  if ((m = /^no[- ]([a-z]+)$/.exec(t))) return { kind: 'negated', of: singular(m[1]!) };
  if ((m = /^(top|best|highest|biggest|leading|lowest|worst)\s+([a-z][a-z -]*)$/.exec(t)))
    return { kind: 'top', fn: /^(lowest|worst)$/.test(m[1]!) ? 'min' : 'max', of: m[2]! };
  if (OVERDUE.test(t)) return { kind: 'overdue' };
  const share = shareOf(t);
  if (share) return share;
  const goal = goalOf(t);
  if (goal) return goal;
  // "today's steps", "this month's takings": the period's total of a number.
  if ((m = /^(today|this (?:week|month|year))['’]?s\s+([a-z][a-z -]*)$/.exec(t)))
    return { kind: 'figure', fn: 'sum', of: m[2]!, period: PERIOD_WORDS[m[1]!.replace(/^this /, '')]! };
  // The rest are figures unless the item names a field to fill in ("a line total", "an hourly rate").
  if (reference === 'indefinite' && !chart) return null;
  if (
    (m = /^([a-z-]+(?: [a-z-]+)?)\s+(?:rate|ratio|percentage)(?:\s+(?:for|of|per|by)\s+.+)?$/.exec(t)) &&
    reference === 'definite' &&
    // "the hourly rate" is a price per hour, not a share of two counts.
    !/^(?:hourly|daily|nightly|weekly|monthly|yearly|annual)$/.test(m[1]!)
  )
    return { kind: 'rate' };
  if ((m = /^(?:([a-z]+)\s+)?(?:average|mean)(?:\s+(.+))?$/.exec(t))) {
    const before = m[1];
    let after = m[2] ?? '';
    const per = /^(.+?)\s+per\s+([a-z][a-z -]*)$/.exec(after);
    if (per && !unit(per[2])) return { kind: 'ratio', of: per[1]!, per: per[2]! };
    const within = /\b(?:this|each|per|a)\s+(day|week|month|year)$/.exec(after);
    if (within) after = after.slice(0, within.index).trim();
    const period = PERIOD_WORDS[before ?? ''] ?? (within ? PERIOD_WORDS[within[1]!] : undefined);
    return { kind: 'figure', fn: 'average', ...(after ? { of: after } : {}), ...(period ? { period } : {}) };
  }
  if ((m = /^(?:([a-z]+)\s+)?total(?:\s+(.+))?$/.exec(t)) && (!m[1] || PERIOD_WORDS[m[1]])) {
    let after = m[2] ?? '';
    const per = /(?:^|\s)(?:per|by|each)\s+([a-z]+)$/.exec(after);
    if (per && unit(per[1])) {
      after = after.slice(0, per.index).trim();
      return { kind: 'per', of: after, every: unit(per[1]), chart: true };
    }
    const within = /(?:^|\s)this\s+(day|week|month|year)$/.exec(after);
    if (within) after = after.slice(0, within.index).trim();
    const period = PERIOD_WORDS[m[1] ?? ''] ?? (within ? PERIOD_WORDS[within[1]!] : undefined);
    return { kind: 'figure', fn: 'sum', ...(after ? { of: after } : {}), ...(period ? { period } : {}) };
  }
  if (/^per\s+[a-z]+$/.test(t) && previous?.kind === 'per')
    return { ...previous, every: unit(t.split(/\s+/)[1]) };
  // "number of pages" in a list is a field; "the number of open tickets" a figure.
  if (
    (m = /^(?:number|count|counts|tally)(?:\s+of\s+(.+?))?(?:\s+(?:by|per|for each)\s+([a-z][a-z ]*))?$/.exec(
      t,
    ))
  )
    return reference === 'definite' || (!m[1] && m[2])
      ? { kind: 'count', ...(m[1] ? { of: m[1] } : {}), ...(m[2] ? { by: m[2] } : {}) }
      : null;
  if ((m = /^([a-z][a-z -]*?)\s+(per|by)\s+([a-z][a-z-]*)$/.exec(t)) && subject(m[1]!)) {
    const [, of, connector, by] = m as unknown as [string, string, string, string];
    // "filter by category" or "sort by date" ask for a control; "sales by month" for a measure.
    const counted = singular(of.split(' ')[0]!) !== of.split(' ')[0] || /count$/.test(of);
    if (namesAField(of) || !(connector === 'per' || chart || counted)) return null;
    const every = unit(by);
    return every ? { kind: 'per', of, every, chart } : { kind: 'per', of, by, chart: true };
  }
  return null;
}

/** The measures the text asks for, and the text without their words. */
export function readMeasures(text: string): MeasureReading {
  const measures: ReadMeasure[] = [];
  let rest = text;
  for (const item of itemsOf(text)) {
    const raw = item.text.toLowerCase();
    let lead = LEAD.exec(raw)?.[0].length ?? 0;
    const words = raw.slice(lead).trim();
    if (!words) continue;
    // "I'd like to see what percent of its budget each club has used": a share behind any lead-in, and
    // before the rate its "percentage" would otherwise be read as.
    const share = sharePhrase(words);
    if (share) lead += raw.slice(lead).indexOf(words) + share.from;
    const measure: Measure | null = share
      ? {
          kind: 'share',
          whole: share.whole,
          ...(share.part ? { part: share.part } : {}),
          ...(share.per ? { per: share.per } : {}),
        }
      : measureOf(words, measures.at(-1), referenceOf(raw.slice(0, lead)));
    if (!measure) continue;
    // The articles before it go with it ("the class average"); the clause that leads in stays.
    const article = /(?:\b(?:the|a|an|my|our|its|their|overall|current)\s+)+$/.exec(raw.slice(0, lead));
    // "flag overdue loans": the flag's words, not the records it is of.
    const own = measure.kind === 'overdue' ? overdueSpan(item.text) : null;
    const start = item.start + (own ? own.start : article ? article.index : lead);
    const end = item.start + (own ? own.end : item.text.trimEnd().length);
    // "the total per month and per year": the second takes the first one's words.
    const continued = measure.kind === 'per' && /^per\s/.test(words) && measures.length > 0;
    const label = share
      ? share.label
      : continued
        ? measures.at(-1)!.label.replace(/\bper\s+\w+$/i, words)
        : capitalize(
            item.text
              .slice(lead)
              .trim()
              .replace(CHART_LEAD, '')
              .replace(CHART_TAIL, '')
              .replace(/\s*\([^)]*\)\s*$/, '')
              .replace(/\s+of\s+(?:each|every)\s+[a-z -]+$/i, '')
              .replace(/\s+for\s+(?:the|each|every)\s+(?:day|night|week|month)$/i, '')
              // "what percentage of its target each campaign has reached": "Percentage of target reached".
              .replace(/^what\s+/i, '')
              .replace(/\b(?:its|their)\s+/gi, '')
              .replace(/\s+(?:each|every)\s+[a-z]+\s+(?:has|have)\b/i, ''),
          );
    measures.push({ ...measure, label, start, end });
    // "guided tours per room", "repair requests per flat": counted by a record, not by a time, the
    // words also name records of each of it, so they stay for the records to be read from.
    if (measure.kind === 'per' && measure.by && !measure.every) continue;
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  }
  return { measures, rest: measures.length > 0 ? withoutDanglingJoins(rest) : rest };
}

/** "with ___ and ___": words that joined blanked measures join nothing now. */
function withoutDanglingJoins(text: string): string {
  return text.replace(
    /\b(?:and|with|including|plus)\b(?=[\s,]*(?:\b(?:and|with|including|plus)\b|[;.]|$))/gi,
    (m) => ' '.repeat(m.length),
  );
}

/** A measure that draws a chart, so the app needs no chart of its own choosing beside it. */
export function isDrawn(measure: Measure): boolean {
  return measure.kind === 'trend' || measure.kind === 'per';
}
