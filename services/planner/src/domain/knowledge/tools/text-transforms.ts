import { normalWords } from '../../understanding/retrieval.js';
import type { ToolEntry } from '../tool.types.js';

// Text in, text out, as one family: a case converter, a Base64 or URL encoder, a slug generator, a Roman
// numeral converter, a text reverser... are the same tool (public/js/tools/text-transform.js) showing the
// transforms of public/js/tools/text-transforms.js that the prompt names. Each kind is its own catalogue
// entry, so retrieval finds it by its names; what the prompt names of any kind joins it on the page.

export const TEXT_TRANSFORM_BLUEPRINT = 'text-transform';

interface TransformKind {
  id: string;
  name: string;
  /** The kind's transforms, in the order they are shown. */
  transforms: string[];
  synonyms: string[];
  description: string;
  /** Names of single transforms of the kind: "title case" asks for `title`. */
  named?: Record<string, string[]>;
  inputLabel?: string;
}

/** The number bases' names as people say them, by the id the transforms use. */
const BASE_WORDS: Record<string, string[]> = {
  binary: ['binary', 'bin', 'base 2'],
  octal: ['octal', 'oct', 'base 8'],
  decimal: ['decimal', 'dec', 'base 10'],
  hex: ['hexadecimal', 'hex', 'base 16'],
};
const BASE_PAIRS = Object.keys(BASE_WORDS).flatMap((from) =>
  Object.keys(BASE_WORDS)
    .filter((to) => to !== from)
    .map((to) => [from, to] as const),
);

const KINDS: TransformKind[] = [
  {
    id: 'case-converter',
    name: 'Case converter',
    transforms: ['upper', 'lower', 'title', 'sentence', 'camel', 'pascal', 'snake', 'kebab', 'constant'],
    synonyms: [
      'case converter',
      'change text case',
      'capitalize text',
      'text case',
      'letter case',
      'convert case',
      'all caps',
      'capital letters',
    ],
    named: {
      upper: ['uppercase', 'upper case', 'all caps', 'capital letters', 'caps'],
      lower: ['lowercase', 'lower case', 'small letters'],
      title: ['title case', 'capitalize', 'capitalise', 'headline case'],
      sentence: ['sentence case'],
      camel: ['camel case', 'camelcase'],
      pascal: ['pascal case', 'pascalcase'],
      snake: ['snake case', 'snake_case'],
      kebab: ['kebab case', 'kebab-case', 'dash case'],
      constant: ['constant case', 'screaming snake'],
    },
    description:
      'Shows a text in UPPERCASE, lowercase, Title Case, Sentence case, camelCase, PascalCase, snake_case, kebab-case and CONSTANT_CASE, each to copy.',
  },
  {
    id: 'base64',
    name: 'Base64 encoder and decoder',
    transforms: ['base64-encode', 'base64-decode'],
    synonyms: [
      'base64',
      'base 64',
      'base64 encoder',
      'base64 decoder',
      'encode base64',
      'decode base64',
      'b64',
      'binary to text encoding',
    ],
    named: { 'base64-encode': ['base64 encode'], 'base64-decode': ['base64 decode'] },
    description: 'Encodes a text as Base64 (UTF-8 safe) and decodes Base64 back to text as it is typed.',
  },
  {
    id: 'url-encoder',
    name: 'URL encoder and decoder',
    transforms: ['url-encode', 'url-decode'],
    synonyms: [
      'url encode',
      'url decode',
      'url encoder',
      'url decoder',
      'percent encoding',
      'uri encoder',
      'encodeuricomponent',
      'query string encoder',
      'url escape',
    ],
    description: 'Percent-encodes a text for a URL and decodes it back, as it is typed.',
  },
  {
    id: 'slug-generator',
    name: 'Slug generator',
    transforms: ['slug'],
    synonyms: [
      'slug',
      'slug generator',
      'slugify',
      'url slug',
      'permalink',
      'seo friendly url',
      'title to url',
      'clean url',
    ],
    description: 'Turns a title into a URL slug: lower case, accents dropped, words joined by dashes.',
    inputLabel: 'Title',
  },
  {
    id: 'roman-numerals',
    name: 'Roman numeral converter',
    transforms: ['to-roman', 'from-roman'],
    synonyms: [
      'roman numeral',
      'roman numerals',
      'roman numeral converter',
      'number to roman',
      'roman to number',
      'roman numbers',
      'latin numerals',
      'convert to roman',
    ],
    description:
      'Writes a number from 1 to 3999 in Roman numerals, and reads a Roman numeral back as a number.',
    inputLabel: 'Number or Roman numeral',
  },
  {
    id: 'text-reverser',
    name: 'Text reverser',
    transforms: ['reverse', 'reverse-words'],
    synonyms: [
      'reverse text',
      'text reverser',
      'reverse a string',
      'backwards text',
      'text backwards',
      'mirror text',
      'reverse words',
      'reverse',
      'flip text',
    ],
    named: { 'reverse-words': ['reverse words', 'word order'] },
    description: 'Writes a text backwards, letter by letter and word by word.',
  },
  {
    id: 'number-base',
    name: 'Number base converter',
    transforms: BASE_PAIRS.map(([from, to]) => `${from}-to-${to}`),
    synonyms: [
      'number base converter',
      'base converter',
      'radix converter',
      'number system converter',
      'binary converter',
      'hex converter',
      'convert number bases',
      'programmer calculator',
    ],
    // "hexadecimal to decimal" asks for that one and its way back.
    named: Object.fromEntries(
      BASE_PAIRS.map(([from, to]) => [
        `${from}-to-${to}`,
        BASE_WORDS[from]!.flatMap((f) => BASE_WORDS[to]!.map((t) => `${f} to ${t}`)),
      ]),
    ),
    description: 'Writes a whole number in binary, octal, decimal and hexadecimal, from any of them.',
    inputLabel: 'Number',
  },
  {
    id: 'morse-code',
    name: 'Morse code translator',
    transforms: ['to-morse', 'from-morse'],
    synonyms: [
      'morse',
      'morse code',
      'morse code translator',
      'morse translator',
      'text to morse',
      'morse to text',
      'dots and dashes',
      'morse encoder',
      'morse decoder',
    ],
    description: 'Writes a text in Morse code (dots and dashes) and reads Morse code back as text.',
  },
  {
    id: 'rot13',
    name: 'ROT13 encoder and decoder',
    transforms: ['rot13'],
    synonyms: [
      'rot13',
      'rot 13',
      'rot13 cipher',
      'rot13 encoder',
      'rot13 decoder',
      'rotate by 13',
      'rotate letters',
      'spoiler code',
    ],
    description: 'Moves each letter 13 places along the alphabet; the same step decodes it again.',
  },
  {
    id: 'text-binary',
    name: 'Text to binary converter',
    transforms: ['to-bits', 'from-bits'],
    synonyms: [
      'text to binary',
      'binary to text',
      'words to binary',
      'letters to binary',
      'string to binary',
      'ascii to binary',
      'binary translator',
      'binary code translator',
    ],
    named: { 'to-bits': ['text to binary', 'ascii to binary'], 'from-bits': ['binary to text'] },
    description: 'Writes each character of a text as its 8 bits (UTF-8 bytes), and reads bits back as text.',
  },
  {
    id: 'html-entities',
    name: 'HTML entity encoder',
    transforms: ['html-escape', 'html-unescape'],
    synonyms: [
      'html entities',
      'html escape',
      'html unescape',
      'escape html',
      'html encoder',
      'html decoder',
      'special characters',
      'entity converter',
    ],
    description: 'Escapes <, >, & and quotes as HTML entities, and turns entities back into characters.',
  },
];

const named = (words: string, phrases: string[]) =>
  phrases.some((p) => words.includes(` ${normalWords(p).trim()} `));

/** The words with each of the phrases said in them blanked out (longest first). */
function withoutPhrases(words: string, phrases: string[]): string {
  const said = phrases.map((p) => ` ${normalWords(p).trim()} `).sort((a, b) => b.length - a.length);
  return said.reduce((rest, phrase) => rest.split(phrase).join(' | '), words);
}

/** "hex-to-decimal" -> "decimal-to-hex": the way back, where the kind has one. */
function wayBack(id: string, kind: TransformKind): string | null {
  const [from, to] = id.split('-to-');
  const back = `${to}-to-${from}`;
  return to && kind.transforms.includes(back) ? back : null;
}

/**
 * The transforms a prompt names, of any kind: a single one by its own name ("title case", "hex to
 * decimal" with its way back), a kind by its names ("base64" gives encode and decode). Those of `own`
 * come first; when none of it is named on its own, all of `own`.
 */
export function namedTransforms(prompt: string, own: TransformKind): string[] {
  const words = normalWords(prompt);
  // What names the own kind names no other: "text to binary converter" asks for no number base converter.
  const rest = withoutPhrases(words, [own.name, ...own.synonyms, ...Object.values(own.named ?? {}).flat()]);
  const picked = new Set<string>();
  for (const kind of [own, ...KINDS.filter((k) => k !== own)]) {
    const said = kind === own ? words : rest;
    const single = Object.entries(kind.named ?? {})
      .filter(([, phrases]) => named(said, phrases))
      .map(([id]) => id);
    const whole = named(said, [kind.name, ...kind.synonyms]) || (kind === own && single.length === 0);
    // A kind named as a whole shows all of it, the transforms named first.
    for (const id of single) {
      picked.add(id);
      const back = wayBack(id, kind);
      if (back) picked.add(back);
    }
    if (whole) for (const id of kind.transforms) picked.add(id);
  }
  return [...picked];
}

export const TEXT_TRANSFORM_TOOLS: readonly ToolEntry[] = KINDS.map((kind) => ({
  id: kind.id,
  blueprint: TEXT_TRANSFORM_BLUEPRINT,
  name: kind.name,
  kind: 'tool',
  // The single transforms' names find their kind too: "uppercase" is a case converter.
  synonyms: [...new Set([...kind.synonyms, ...Object.values(kind.named ?? {}).flat()])],
  description: kind.description,
  options: { transforms: kind.transforms, ...(kind.inputLabel && { inputLabel: kind.inputLabel }) },
  readOptions: (prompt) => ({ transforms: namedTransforms(prompt, kind) }),
}));
