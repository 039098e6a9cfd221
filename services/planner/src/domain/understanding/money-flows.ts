// Money coming in and going out, read from the words a person uses for it wherever they stand: "my etsy
// earnings and shop costs", "salary and side income coming in, bills going out", "money in: veg sold at
// the gate". WordNet says which way a noun's money goes (income, wages and gifts come in; costs, charges
// and outgo go out); the app is then one ledger of entries, each in or out, whose figures carry the
// person's words: their word for each way, each source or cost they name, and what is left.
import type { Aggregate, CollectionSpec, Expr, PageSpec, Period } from '@isekai/contracts';
import { moneyAncestors, nounKind, typedNounKind } from './lexicon.js';
import type { ReadMeasure } from './measures.js';
import { capitalize } from './naming.js';
import { nounPhrases, type Phrase } from './phrases.js';

export type Way = 'in' | 'out';

/** The general words of each way on a noun's hypernym chain (the commonest senses only). */
const INCOME = ['income', 'gain', 'revenue', 'receipts', 'wage', 'gift', 'contribution', 'benefit'];
const OUTGO = ['outgo', 'cost', 'expense', 'expenditure', 'charge'];
/** Words for each way that WordNet lacks or files elsewhere ("outgoings", "money in"). */
const SAID_IN = /\b(?:money (?:coming )?in|incoming|coming in|earn(?:s|ed|ing)?|paid to (?:me|us))\b/gi;
const SAID_OUT = /\b(?:money (?:going )?out|outgoings?|going out|spen[dt]s?|spending|pay(?:ing)? for)\b/gi;
const saidIn = (text: string) => [...text.matchAll(SAID_IN)].map((m) => m[0].toLowerCase());
const saidOut = (text: string) => [...text.matchAll(SAID_OUT)].map((m) => m[0].toLowerCase());
/** Words that name what the money leaves behind, not a way it goes. */
const RESULT =
  /\b(balance|net|profit|surplus|what(?:'|’)s left(?: over)?|what is left(?: over)?|left over|leftover)\b/i;
/** Nouns that hold the money rather than name a source or a cost. */
const HOLDERS = /^(?:money|cash|amount|total|sum|finance|account|balance|net|profit|app|dashboard|page)$/;
/** The period the figures are for: one said as shown ("for the year") before one said as how often. */
const SHOWN_PERIOD = /\b(?:this|for the|over the)\s+(week|month|year)\b/i;
const PERIODS: [RegExp, Period][] = [
  [/\b(?:each|every|per|a|the)\s+month\b|\bmonthly\b/i, 'month'],
  [/\b(?:each|every|per|a|the)\s+year\b|\b(?:yearly|annual)\b/i, 'year'],
  [/\b(?:each|every|per|a|the)\s+week\b|\bweekly\b/i, 'week'],
];

export interface MoneyFlows {
  /** The person's word for each way: "Earnings", "Outgoings", "Money in". */
  words: Record<Way, string>;
  /** What is left: "Profit", "Balance", "What's left over". */
  result: string;
  /** The sources and costs named ("Salary", "Running costs", "Treats"), each once. */
  kinds: string[];
  /** Whom the money comes from or goes to, when a line of it names them: "each client". */
  party?: string;
  period?: Period;
}

/** Which way the money a noun names goes, or null when it names none. */
export async function wayOf(noun: string): Promise<Way | null> {
  // A "price" or "value" is first what a thing is worth: a field of it, not money that moves.
  if ((await typedNounKind(noun)) === 'attribute') return null;
  const words = await moneyAncestors(noun);
  if (INCOME.some((w) => words.has(w))) return 'in';
  if (OUTGO.some((w) => words.has(w))) return 'out';
  return null;
}

/** The general nouns of each way: a word for all money in or out, not one source or cost of it. */
const GENERAL: Record<Way, Set<string>> = {
  in: new Set(['income', 'earnings', 'takings', 'revenue', 'proceeds', 'incomings']),
  out: new Set(['expense', 'expenses', 'cost', 'costs', 'spending', 'expenditure', 'outgoings', 'outgo']),
};
const typedHead = (phrase: Phrase) => phrase.text.toLowerCase().split(/\s+/).at(-1) ?? phrase.head;
/** The phrase up to its general word: "side income", "income" of "an income overview". */
function generalPart(phrase: Phrase, way: Way): string | undefined {
  const words = phrase.text.split(/\s+/);
  const at = words.findIndex((w) => GENERAL[way].has(w.toLowerCase()));
  return at < 0 ? undefined : words.slice(0, at + 1).join(' ');
}
const isGeneral = (phrase: Phrase, way: Way) => generalPart(phrase, way) !== undefined;
/** "income" beside "side income", "the total income": said already by the way's own word. */
const anyGeneral = (phrase: Phrase) =>
  phrase.text
    .toLowerCase()
    .split(/\s+/)
    .some((w) => GENERAL.in.has(w) || GENERAL.out.has(w) || w === 'total');

/** Which way a phrase's money goes: by a general word in it, else by its head's senses. */
async function phraseWay(phrase: Phrase): Promise<Way | null> {
  if (RESULT.test(phrase.text)) return null;
  if (isGeneral(phrase, 'in')) return 'in';
  if (isGeneral(phrase, 'out')) return 'out';
  // The singular's commonest senses first: "receipts" are slips of paper before they are revenue.
  const known = (await typedNounKind(phrase.head)) !== null;
  return known ? wayOf(phrase.head) : wayOf(typedHead(phrase));
}

/** The sentence or list line a position stands in. */
function lineAt(text: string, at: number): string {
  const start = Math.max(...['\n', '.', '?', '!'].map((c) => text.lastIndexOf(c, at))) + 1;
  const ends = ['\n', '.', '?', '!'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

/** The money flows a prompt names in both ways, or null when it names money going one way or none. */
export async function readMoneyFlows(text: string): Promise<MoneyFlows | null> {
  const phrases = nounPhrases(text);
  const ways = await Promise.all(phrases.map(phraseWay));
  const named = (way: Way) => phrases.filter((_, i) => ways[i] === way);
  const said = { in: saidIn(text), out: saidOut(text) };
  if ((named('in').length === 0 && !said.in[0]) || (named('out').length === 0 && !said.out[0])) return null;
  const words = {} as Record<Way, string>;
  const general = new Set<Phrase>();
  for (const way of ['in', 'out'] as const) {
    const word = named(way).find((p) => isGeneral(p, way));
    if (word) general.add(word);
    // A word for the way itself ("money in", "spending"), not a verb of it ("what I spend").
    const spoken = said[way].find((w) => /^(?:money|outgoing|incoming)/.test(w) || GENERAL[way].has(w));
    const own = (word && generalPart(word, way))?.replace(/^(?:(?:the|my|our|some|a|an|total)\s+)+/i, '');
    words[way] = capitalize(own ?? spoken ?? (way === 'in' ? 'Money in' : 'Money out'));
  }
  // Money said only by its sources ("the pay per chore", "the ingredients cost") is no account of it.
  const account =
    general.size > 0 ||
    RESULT.test(text) ||
    said.in.concat(said.out).some((w) => /^(?:money|outgoing|incoming|spending|coming|going)/.test(w));
  if (!account) return null;
  // The sources and costs named beside a way's words, in the line that names it.
  const kinds: string[] = [];
  let party: string | undefined;
  for (const [i, phrase] of phrases.entries()) {
    if (general.has(phrase) || anyGeneral(phrase) || HOLDERS.test(phrase.head) || RESULT.test(phrase.text))
      continue;
    const line = lineAt(text, phrase.start);
    const flowing = ways[i] !== null || saidIn(line).length > 0 || saidOut(line).length > 0;
    if (flowing && !party && (await nounKind(phrase.head)) === 'person') party = capitalize(phrase.head);
    if (!flowing || !(await isThing(phrase))) continue;
    const kind = capitalize(phrase.text.replace(/^(?:the|my|our|some|a|an)\s+/i, ''));
    if (!kinds.some((k) => k.toLowerCase() === kind.toLowerCase())) kinds.push(kind);
  }
  const result = RESULT.exec(text)?.[1];
  return {
    words,
    result: result ? capitalize(result.replace(/['’]/, '’')) : 'Balance',
    kinds: kinds.slice(0, 8),
    ...(party ? { party } : {}),
    ...periodOf(text),
  };
}

/** A source or cost is a thing or money, not a person paying, a time or a place. */
async function isThing(phrase: Phrase): Promise<boolean> {
  const kind = await nounKind(phrase.head);
  return kind === null || !['person', 'time', 'place', 'group', 'attribute', 'quantity'].includes(kind);
}

function periodOf(text: string): { period?: Period } {
  const shown = SHOWN_PERIOD.exec(text)?.[1]?.toLowerCase() as Period | undefined;
  if (shown) return { period: shown };
  const found = PERIODS.find(([pattern]) => pattern.test(text));
  return found ? { period: found[1] } : {};
}

const LEDGER = 'entry';
const eq = (field: string, value: string): Expr => ({ op: 'eq', args: [{ field }, { value }] });

/** The ledger of a prompt's money flows, with its figures in the person's words. */
export function ledgerOf(
  flows: MoneyFlows,
  title: string,
): { collection: CollectionSpec; pages: PageSpec[] } {
  const { words, kinds } = flows;
  const collection: CollectionSpec = {
    name: LEDGER,
    label: 'Entry',
    plural: 'Entries',
    titleField: 'description',
    fields: [
      { name: 'description', label: 'Description', type: 'text', required: true },
      { name: 'date', label: 'Date', type: 'date', default: 'today', required: true },
      { name: 'amount', label: 'Amount', type: 'money', required: true, min: 0 },
      {
        name: 'way',
        label: 'In or out',
        type: 'choice',
        options: [words.in, words.out],
        default: words.in,
        required: true,
      },
      ...(kinds.length > 0
        ? [{ name: 'kind', label: 'Kind', type: 'choice' as const, options: [...kinds, 'Other'] }]
        : []),
      ...(flows.party ? [{ name: 'party', label: flows.party, type: 'text' as const }] : []),
      {
        name: 'signed',
        label: 'In (+) or out (−)',
        type: 'money',
        formula: {
          op: 'if',
          args: [
            eq('way', words.out),
            { op: 'sub', args: [{ value: 0 }, { field: 'amount' }] },
            { field: 'amount' },
          ],
        },
      },
    ],
  };
  const period = flows.period ? { period: { field: 'date', within: flows.period } } : {};
  const within = flows.period ? ` this ${flows.period}` : '';
  const figure = (label: string, extra: Partial<Aggregate>): Aggregate => ({
    label: `${label}${within}`,
    collection: LEDGER,
    fn: 'sum',
    field: 'amount',
    ...period,
    ...extra,
  });
  const totals: Aggregate[] = [
    figure(words.in, { where: eq('way', words.in) }),
    figure(words.out, { where: eq('way', words.out) }),
    figure(flows.result, { field: 'signed' }),
  ];
  const byKind = kinds.map((k) => figure(k, { where: eq('kind', k) }));
  return {
    collection,
    pages: [
      {
        id: 'home',
        title,
        sections: [
          { type: 'stats', figures: totals },
          ...(byKind.length > 0 ? [{ type: 'stats' as const, title: 'By kind', figures: byKind }] : []),
          { type: 'collection', collection: LEDGER, view: 'table', totals: ['amount'], filters: ['way'] },
          {
            type: 'chart',
            title: `${flows.result} by month`,
            collection: LEDGER,
            chart: 'bar',
            fn: 'sum',
            field: 'signed',
            by: 'date',
          },
        ],
      },
    ],
  };
}

/** The measures the ledger's figures already give ("the total income this year"): not built twice. */
export function coveredByLedger(measures: ReadMeasure[], flows: MoneyFlows): ReadMeasure[] {
  const names = new Set(
    [flows.words.in, flows.words.out, flows.result, 'in', 'out'].flatMap((w) => w.toLowerCase().split(/\s+/)),
  );
  const said = (m: ReadMeasure) => `${'of' in m ? (m.of ?? '') : ''}`.toLowerCase().split(/\s+/);
  return measures.filter(
    (m) => (m.kind === 'figure' || m.kind === 'per') && said(m).some((w) => names.has(w)),
  );
}
