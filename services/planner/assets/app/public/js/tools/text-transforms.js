// @ts-check
// Text in, text out: every transform the text tool can show, by id. A transform that does not apply to
// what was typed (decoding text that is no Base64, a Roman numeral of "hello") gives null, shown as "—".

import { fromBits, fromMorse, rot13, toBits, toMorse } from './text-codes.js';

/** Words of a text for programmer cases: split on spaces, punctuation and lower→upper changes. @param {string} text */
function words(text) {
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** @param {string} w */
const capital = (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** @param {string} text */
export function toBase64(text) {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64 (or its URL-safe variant) to text; throws on anything else. @param {string} b64 */
export function fromBase64(b64) {
  const clean = b64.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** @type {[number, string][]} */
const NUMERALS = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1994 -> "MCMXCIV"; null outside 1-3999, which Roman numerals cannot write. @param {string} text */
export function toRoman(text) {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  let n = Number(trimmed);
  if (n < 1 || n > 3999) return null;
  let out = '';
  for (const [value, numeral] of NUMERALS) {
    for (; n >= value; n -= value) out += numeral;
  }
  return out;
}

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** "MCMXCIV" -> "1994"; null for what is no well-formed numeral. @param {string} text */
export function fromRoman(text) {
  const numeral = text.trim().toUpperCase();
  if (!numeral || !ROMAN.test(numeral)) return null;
  let total = 0;
  let rest = numeral;
  for (const [value, letters] of NUMERALS) {
    while (rest.startsWith(letters)) {
      total += value;
      rest = rest.slice(letters.length);
    }
  }
  return String(total);
}

/** "Héllo World, Again!" -> "hello-world-again": accents dropped, anything else between words a dash. @param {string} text */
export function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** @type {Record<string, string>} */
const BASE_NAMES = { binary: 'Binary', octal: 'Octal', decimal: 'Decimal', hex: 'Hexadecimal' };

/** @type {Record<string, { base: number, prefix: string, digits: RegExp }>} */
const BASES = {
  binary: { base: 2, prefix: '0b', digits: /^[01]+$/ },
  octal: { base: 8, prefix: '0o', digits: /^[0-7]+$/ },
  decimal: { base: 10, prefix: '', digits: /^\d+$/ },
  hex: { base: 16, prefix: '0x', digits: /^[\da-f]+$/i },
};

/**
 * A whole number written in one base, in another: "ff" hex is "255" decimal. Any length (BigInt), a
 * leading "-" and the base's prefix (0x, 0b, 0o) allowed; null for digits the base does not have.
 * @param {string} text @param {string} from @param {string} to
 */
export function convertBase(text, from, to) {
  const source = BASES[from];
  const target = BASES[to];
  let digits = text.trim().replace(/[\s_]/g, '');
  const negative = digits.startsWith('-');
  if (negative) digits = digits.slice(1);
  if (source.prefix && digits.toLowerCase().startsWith(source.prefix)) digits = digits.slice(2);
  if (!source.digits.test(digits)) return null;
  const value = BigInt(source.prefix ? source.prefix + digits : digits);
  const written = value.toString(target.base);
  return (negative && value !== 0n ? '-' : '') + (to === 'hex' ? written.toUpperCase() : written);
}

/** The transforms between every two of the bases: "hex-to-decimal", "decimal-to-binary"... */
const BASE_TRANSFORMS = Object.fromEntries(
  Object.keys(BASES).flatMap((from) =>
    Object.keys(BASES)
      .filter((to) => to !== from)
      .map((to) => [
        `${from}-to-${to}`,
        {
          label: `${BASE_NAMES[from]} to ${BASE_NAMES[to].toLowerCase()}`,
          run: (/** @type {string} */ t) => convertBase(t, from, to),
        },
      ]),
  ),
);

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const NAMED = Object.fromEntries(Object.entries(ENTITIES).map(([c, e]) => [e, c]));

/** "&lt;b&gt; &#233;" -> "<b> é": the five named entities and numeric ones. @param {string} text */
export function unescapeHtml(text) {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|[a-z]+);/gi, (entity, dec, hex) => {
    if (dec || hex) return String.fromCodePoint(parseInt(dec ?? hex, dec ? 10 : 16));
    return NAMED[entity.toLowerCase()] ?? entity;
  });
}

/** @param {() => string} run @returns {string | null} */
function orNull(run) {
  try {
    return run();
  } catch {
    return null;
  }
}

/** @type {Record<string, { label: string, run: (t: string) => string | null }>} */
export const TRANSFORMS = {
  upper: { label: 'UPPERCASE', run: (t) => t.toUpperCase() },
  lower: { label: 'lowercase', run: (t) => t.toLowerCase() },
  title: {
    label: 'Title Case',
    run: (t) => t.toLowerCase().replace(/(^|[\s\-–—("'])(\p{L})/gu, (_, a, b) => a + b.toUpperCase()),
  },
  sentence: {
    label: 'Sentence case',
    run: (t) => t.toLowerCase().replace(/(^\s*|[.!?]\s+)(\p{L})/gu, (_, a, b) => a + b.toUpperCase()),
  },
  camel: {
    label: 'camelCase',
    run: (t) =>
      words(t)
        .map((w, i) => (i === 0 ? w.toLowerCase() : capital(w)))
        .join(''),
  },
  pascal: { label: 'PascalCase', run: (t) => words(t).map(capital).join('') },
  snake: {
    label: 'snake_case',
    run: (t) =>
      words(t)
        .map((w) => w.toLowerCase())
        .join('_'),
  },
  kebab: {
    label: 'kebab-case',
    run: (t) =>
      words(t)
        .map((w) => w.toLowerCase())
        .join('-'),
  },
  constant: {
    label: 'CONSTANT_CASE',
    run: (t) =>
      words(t)
        .map((w) => w.toUpperCase())
        .join('_'),
  },
  'base64-encode': { label: 'Base64 encoded', run: toBase64 },
  'base64-decode': { label: 'Base64 decoded', run: (t) => (t.trim() ? orNull(() => fromBase64(t)) : '') },
  'url-encode': { label: 'URL encoded', run: (t) => encodeURIComponent(t) },
  'url-decode': { label: 'URL decoded', run: (t) => orNull(() => decodeURIComponent(t.replace(/\+/g, ' '))) },
  'to-roman': { label: 'Roman numeral', run: toRoman },
  'from-roman': { label: 'Number from a Roman numeral', run: fromRoman },
  slug: { label: 'Slug', run: slugify },
  reverse: { label: 'Reversed', run: (t) => Array.from(t).reverse().join('') },
  'reverse-words': { label: 'Words reversed', run: (t) => t.split(/(\s+)/).reverse().join('') },
  'html-escape': { label: 'HTML escaped', run: (t) => t.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) },
  'html-unescape': { label: 'HTML unescaped', run: unescapeHtml },
  'to-morse': { label: 'Morse code', run: toMorse },
  'from-morse': { label: 'Text from Morse code', run: fromMorse },
  rot13: { label: 'ROT13', run: rot13 },
  'to-bits': { label: 'Binary (8 bits a character)', run: toBits },
  'from-bits': { label: 'Text from binary', run: fromBits },
  ...BASE_TRANSFORMS,
};
