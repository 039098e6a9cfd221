// "what percent of its budget each club has used", "the % of its budget that has been spent", "how much
// of the budget is used, as a percentage": one number of a record as a percentage of another, found
// wherever it stands in a clause ("I'd like to see …", "each project shows …"), so a lead-in the
// measure reader does not know never hides it. Nouns are told from verbs by compromise.
import nlp from 'compromise';

export interface SharePhrase {
  /** The number the share is of ("budget"). */
  whole: string;
  /** The words that name the part ("used", "spent"); none when the record's own number is meant. */
  part?: string;
  /** Whose share it is: "each club" in "what percent of its budget each club has used". */
  per?: string;
  /** "Percent of budget used": the person's words, without the small ones. */
  label: string;
  /** Where the phrase starts in the text read. */
  from: number;
}

interface Token {
  word: string;
  start: number;
}

const MARK = /^(?:percent(?:age)?|share|proportion|fraction|%)$/;
/** Words between "of" and the whole: "of its budget", "of each budget". */
const OWNER = new Set(['its', 'their', 'the', 'his', 'her', 'my', 'our', 'your', 'each', 'every', 'a', 'an']);
/** Small words of the part's clause: "that has been spent", "each club has used". */
const SMALL = new Set([
  'that',
  'which',
  'has',
  'have',
  'had',
  'been',
  'is',
  'are',
  'was',
  'were',
  'be',
  'so',
  'far',
  'already',
  'it',
  'they',
  'up',
  'as',
  'in',
  'a',
  'an',
  'the',
]);

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[a-z%][a-z'%-]*/g)].map((m) => ({ word: m[0], start: m.index }));
}

const isNoun = (word: string) => {
  const doc = nlp(word);
  return doc.has('#Noun') && !doc.has('#Verb') && !doc.has('#Adverb');
};

/** The whole after "of" (its owner skipped): one noun, and the nouns right after it ("total budget"). */
function wholeAt(tokens: Token[], at: number): { words: string[]; end: number } | null {
  let i = at;
  while (tokens[i] && OWNER.has(tokens[i]!.word)) i += 1;
  const first = tokens[i];
  if (!first || SMALL.has(first.word)) return null;
  const words = [first.word];
  i += 1;
  while (tokens[i] && !SMALL.has(tokens[i]!.word) && !OWNER.has(tokens[i]!.word) && isNoun(tokens[i]!.word)) {
    words.push(tokens[i]!.word);
    i += 1;
  }
  return { words, end: i };
}

/** The part's words in what follows the whole, less small words and "each club" (whose it is). */
function partOf(tokens: Token[]): { words: string[]; per?: string } {
  const words: string[] = [];
  let per: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.word;
    if (w === 'each' || w === 'every') {
      per = tokens[i + 1]?.word;
      i += 1;
      continue;
    }
    if (MARK.test(w)) break;
    if (!SMALL.has(w)) words.push(w);
  }
  return { words, ...(per ? { per } : {}) };
}

/** A share said anywhere in the text, or null. "X as a percentage of Y" is the measure reader's own. */
export function sharePhrase(text: string): SharePhrase | null {
  const tokens = tokensOf(text);
  // "10% of the bill" is an amount, not a share to work out.
  const k = tokens.findIndex((t) => MARK.test(t.word) && !/\d/.test(text[t.start - 1] ?? ''));
  if (k < 0) return null;
  const mark = tokens[k]!.word;
  // "how much of the budget is used as a percentage": the whole after "how much of", the part before the mark.
  const how = tokens.findIndex(
    (t, i) => t.word === 'how' && tokens[i + 1]?.word === 'much' && tokens[i + 2]?.word === 'of',
  );
  if (how >= 0 && how < k) {
    const whole = wholeAt(tokens, how + 3);
    if (!whole || whole.end > k) return null;
    const { words: part, per } = partOf(tokens.slice(whole.end, k));
    return {
      whole: whole.words.join(' '),
      ...(part.length > 0 ? { part: part.join(' ') } : {}),
      ...(per ? { per } : {}),
      label: ['Percentage of', whole.words.join(' '), ...part].join(' '),
      from: tokens[how]!.start,
    };
  }
  // "what percent of its budget each club has used", "the share of the target reached"; "guests as a
  // percentage of beds" names its part before the mark, and is the measure reader's.
  if (tokens[k + 1]?.word !== 'of') return null;
  const before = tokens[k - 1]?.word;
  const asA = before === 'a' || before === 'an' ? tokens[k - 2]?.word : before;
  if (asA === 'as' || asA === 'in') return null;
  const whole = wholeAt(tokens, k + 2);
  if (!whole) return null;
  const { words: part, per } = partOf(tokens.slice(whole.end));
  const from = before === 'what' || before === 'the' ? tokens[k - 1]!.start : tokens[k]!.start;
  const name = mark === '%' ? '%' : mark.charAt(0).toUpperCase() + mark.slice(1);
  return {
    whole: whole.words.join(' '),
    ...(part.length > 0 ? { part: part.join(' ') } : {}),
    ...(per ? { per } : {}),
    label: [name, 'of', ...whole.words, ...part].join(' '),
    from,
  };
}
