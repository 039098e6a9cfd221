// Colour words in a prompt: "forest green buttons", "a navy header", "dark teal", "#1e3a5f". CSS names and
// parsing come from culori; this file adds the words people use that CSS lacks, the light/dark/pale/deep/
// bright modifiers (applied in OKLCH, so "dark teal" looks like a darker teal rather than a muddier one),
// and the judgement of when a word that names a colour is really a thing ("orange juice", "Peru").
import { colorsNamed, formatHex, oklch, parse, toGamut, type Oklch } from 'culori';

export interface ColorWord {
  /** Canonical lowercase hex, "#228b22". */
  hex: string;
  /** The CSS name ("forestgreen"), the extra word ("burgundy"), the modified phrase ("dark teal") or the hex. */
  name: string;
}

export interface ColorMention extends ColorWord {
  /** The words as written in the text. */
  phrase: string;
  /** Where the phrase starts in the text. */
  index: number;
}

/**
 * Common colour words that are not CSS names, with the usual swatch for each. Multiword entries are
 * matched without their spaces and hyphens, like CSS names ("off-white" = "off white" = "offwhite").
 */
export const EXTRA_COLORS: Readonly<Record<string, string>> = {
  amber: '#ffbf00',
  babyblue: '#89cff0',
  blush: '#de5d83',
  burgundy: '#800020',
  charcoal: '#36454f',
  cobalt: '#0047ab',
  cream: '#fffdd0',
  emerald: '#50c878',
  graphite: '#383838',
  jade: '#00a86b',
  lilac: '#c8a2c8',
  mauve: '#e0b0ff',
  mint: '#98ff98',
  mintgreen: '#98ff98',
  mustard: '#e1ad01',
  navyblue: '#000080',
  ochre: '#cc7722',
  offwhite: '#faf9f6',
  peach: '#ffe5b4',
  rose: '#ff007f',
  ruby: '#e0115f',
  rust: '#b7410e',
  sage: '#9caf88',
  sagegreen: '#9caf88',
  sand: '#c2b280',
  sapphire: '#0f52ba',
  scarlet: '#ff2400',
  skyblue: '#87ceeb',
  taupe: '#483c32',
  terracotta: '#e2725b',
};

/**
 * Colour words that are just as often things (food, metals, places, plants). In a longer text they count
 * as colours only beside a word about colour or a part of the app ("chocolate header", "use gold for the
 * buttons", "gold and navy"), never before another noun ("orange juice", "salmon recipes", "Peru trips").
 * `readColor` takes a phrase that is meant as a colour, so it accepts them alone.
 */
const AMBIGUOUS = new Set([
  'amber',
  'bisque',
  'blush',
  'chocolate',
  'coral',
  'cream',
  'emerald',
  'gold',
  'honeydew',
  'jade',
  'lavender',
  'lime',
  'linen',
  'mint',
  'moccasin',
  'mustard',
  'olive',
  'orange',
  'orchid',
  'peach',
  'peru',
  'plum',
  'rose',
  'ruby',
  'rust',
  'sage',
  'salmon',
  'sand',
  'sapphire',
  'silver',
  'snow',
  'tan',
  'thistle',
  'tomato',
  'wheat',
]);

/** Nouns after which any colour word names a thing: "green tea", "red wine", "black coffee", "orange juice". */
const THING_AFTER = new Set([
  'juice',
  'tea',
  'coffee',
  'wine',
  'beer',
  'cheese',
  'cake',
  'cakes',
  'soup',
  'sauce',
  'pie',
  'bread',
  'tree',
  'trees',
  'fruit',
  'belt',
  'friday',
]);

/** Words that make an ambiguous colour word a colour when they follow it or share its clause. */
const COLOR_CONTEXT = new Set([
  'color',
  'colour',
  'colors',
  'colours',
  'coloured',
  'colored',
  'background',
  'backgrounds',
  'header',
  'headers',
  'button',
  'buttons',
  'component',
  'components',
  'controls',
  'text',
  'font',
  'accent',
  'accents',
  'theme',
  'tone',
  'tones',
  'shade',
  'shades',
  'links',
  'cards',
  'panels',
  'surface',
  'surfaces',
  'highlights',
  'nav',
  'navigation',
  'palette',
  'scheme',
  'navbar',
  'banner',
  'bg',
  'backdrop',
  'borders',
  'icons',
  'link',
  'highlight',
  'card',
  'panel',
  'tiles',
  'boxes',
  'cta',
  'brand',
  'primary',
  'ui',
  'look',
  'style',
]);

/** Words that may sit between an ambiguous colour word and the end of its clause without making it a thing. */
const FUNCTION_WORDS = new Set([
  'and',
  'or',
  'for',
  'as',
  'on',
  'with',
  'in',
  'to',
  'the',
  'a',
  'is',
  'be',
  'please',
]);

const MODIFIERS = ['light', 'dark', 'pale', 'deep', 'bright'] as const;
type Modifier = (typeof MODIFIERS)[number];

const toOklch = (hex: string): Oklch => oklch(parse(hex)!);
const intoRgb = toGamut('rgb', 'oklch');

/** A modifier applied in OKLCH: lightness for light/dark, lightness and chroma for pale/deep/bright. */
function modify(hex: string, modifier: Modifier): string {
  const c = toOklch(hex);
  const l = c.l;
  const chroma = c.c ?? 0;
  const next: Oklch = { ...c };
  if (modifier === 'light') next.l = l + (1 - l) * 0.45;
  if (modifier === 'dark') next.l = l * 0.65;
  if (modifier === 'pale') Object.assign(next, { l: l + (1 - l) * 0.65, c: chroma * 0.45 });
  if (modifier === 'deep') Object.assign(next, { l: l * 0.72, c: chroma * 1.15 });
  if (modifier === 'bright') Object.assign(next, { l: Math.min(1, l * 1.08), c: chroma * 1.3 });
  return formatHex(intoRgb(next));
}

const NAMED = colorsNamed as Readonly<Record<string, number>>;

/** A single colour word, spaces and hyphens ignored: CSS names first, then the extra words. */
function lookupName(key: string): ColorWord | null {
  if (Object.hasOwn(NAMED, key)) return { hex: formatHex(key)!, name: key };
  const extra = EXTRA_COLORS[key];
  return extra ? { hex: extra, name: key } : null;
}

/** "Forest-Green  colour" -> ["forest", "green"] */
function words(phrase: string): string[] {
  const list = phrase
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  const last = list.at(-1);
  if (list.length > 1 && last && /^colou?r(ed)?$/.test(last)) list.pop();
  return list;
}

/**
 * The colour a phrase names, or null. Accepts CSS names with or without spaces ("alice blue"), the words
 * of EXTRA_COLORS, "light|dark|pale|deep|bright <colour>" (a CSS name such as darkblue wins over the
 * derived colour), hex (#fff, #1e3a5f) and CSS functions (rgb(), hsl(), oklch()...). The whole phrase must
 * be a colour: "orange juice" and "apple" are null, "orange" is a colour.
 */
export function readColor(phrase: string): ColorWord | null {
  const raw = phrase.trim().toLowerCase();
  if (/^#[0-9a-f]{3,8}$/.test(raw) || /^[a-z]+\(.*\)$/.test(raw)) {
    if (/^#/.test(raw) && ![4, 5, 7, 9].includes(raw.length)) return null;
    const parsed = parse(raw);
    if (!parsed) return null;
    const hex = formatHex(parsed);
    return { hex, name: /^#/.test(raw) ? hex : raw };
  }
  const list = words(raw);
  if (list.length === 0 || list.some((w) => !/^[a-z]+$/.test(w))) return null;
  const whole = lookupName(list.join(''));
  if (whole) return whole;
  const [first, ...rest] = list;
  if (rest.length > 0 && (MODIFIERS as readonly string[]).includes(first!)) {
    const base = lookupName(rest.join(''));
    if (base) return { hex: modify(base.hex, first as Modifier), name: list.join(' ') };
  }
  return null;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /#[0-9a-f]{3,8}\b|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([^)]*\)|[a-z]+/gi;
const LONGEST_PHRASE = 4;

/** Whether an ambiguous word at tokens[first..last] is meant as a colour where it stands. */
function meantAsColor(text: string, tokens: Token[], first: number, last: number): boolean {
  if (last > first) return true; // "light peach", "dark salmon": a modifier makes it a colour
  const next = tokens[last + 1];
  const nextWord =
    next && /^[\s-]*$/.test(text.slice(tokens[last]!.end, next.start)) ? next.text.toLowerCase() : '';
  if (COLOR_CONTEXT.has(nextWord)) return true;
  if (nextWord && !FUNCTION_WORDS.has(nextWord)) return false;
  // Otherwise its clause (up to punctuation) must be about colour: "use gold for the buttons", "gold and navy".
  const before = text.slice(0, tokens[first]!.start);
  const clauseStart = before.length - /[^.,;:!?()]*$/.exec(before)![0].length;
  const afterRel = text.slice(tokens[last]!.end).search(/[.,;:!?()]/);
  const clauseEnd = afterRel < 0 ? text.length : tokens[last]!.end + afterRel;
  return tokens.some((t, index) => {
    if (t.start < clauseStart || t.end > clauseEnd || (index >= first && index <= last)) return false;
    const w = t.text.toLowerCase();
    return COLOR_CONTEXT.has(w) || isPlainColor(w);
  });
}

const isPlainColor = (word: string) => !AMBIGUOUS.has(word) && lookupName(word) !== null;

/**
 * Every colour named in a text, in order, the longest phrase first ("forest green" is one colour, "dark
 * teal" one derived colour). Words that are also things are kept only where they are meant as colours
 * (see AMBIGUOUS and THING_AFTER).
 */
export function findColors(text: string): ColorMention[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const mentions: ColorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(LONGEST_PHRASE, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      // Words of one phrase are separated by spaces or hyphens only, never by punctuation.
      if (span.some((t, k) => k > 0 && !/^[\s-]+$/.test(text.slice(span[k - 1]!.end, t.start)))) continue;
      const first = span[0]!;
      const end = span.at(-1)!;
      const phrase = text.slice(first.start, end.end);
      const color = readColor(phrase);
      if (!color) continue;
      const after = tokens[i + n];
      const afterWord =
        after && /^[\s-]*$/.test(text.slice(end.end, after.start)) ? after.text.toLowerCase() : '';
      if (THING_AFTER.has(afterWord)) break;
      if (AMBIGUOUS.has(end.text.toLowerCase()) && !meantAsColor(text, tokens, i, i + n - 1)) break;
      mentions.push({ phrase, index: first.start, ...color });
      i += n - 1;
      break;
    }
  }
  return mentions;
}
