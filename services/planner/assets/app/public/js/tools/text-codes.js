// @ts-check
// Texts written in another code, letter by letter: Morse code, ROT13 and the bits of each character.
// A code that cannot be read back (dots and dashes that are no letter, bits that are no UTF-8) gives null.

/** International Morse code (ITU-R M.1677), letters, digits and the common punctuation. */
const MORSE = {
  a: '.-',
  b: '-...',
  c: '-.-.',
  d: '-..',
  e: '.',
  f: '..-.',
  g: '--.',
  h: '....',
  i: '..',
  j: '.---',
  k: '-.-',
  l: '.-..',
  m: '--',
  n: '-.',
  o: '---',
  p: '.--.',
  q: '--.-',
  r: '.-.',
  s: '...',
  t: '-',
  u: '..-',
  v: '...-',
  w: '.--',
  x: '-..-',
  y: '-.--',
  z: '--..',
  0: '-----',
  1: '.----',
  2: '..---',
  3: '...--',
  4: '....-',
  5: '.....',
  6: '-....',
  7: '--...',
  8: '---..',
  9: '----.',
  '.': '.-.-.-',
  ',': '--..--',
  '?': '..--..',
  "'": '.----.',
  '!': '-.-.--',
  '/': '-..-.',
  '(': '-.--.',
  ')': '-.--.-',
  '&': '.-...',
  ':': '---...',
  ';': '-.-.-.',
  '=': '-...-',
  '+': '.-.-.',
  '-': '-....-',
  '"': '.-..-.',
  '@': '.--.-.',
};
const FROM_MORSE = Object.fromEntries(Object.entries(MORSE).map(([c, code]) => [code, c]));

/** "SOS" -> "... --- ...": letters apart by a space, words by " / "; null for a character Morse lacks. @param {string} text */
export function toMorse(text) {
  const words = text.trim().toLowerCase().split(/\s+/u).filter(Boolean);
  const coded = words.map((w) => Array.from(w, (c) => MORSE[/** @type {keyof typeof MORSE} */ (c)]));
  return coded.some((w) => w.includes(undefined)) ? null : coded.map((w) => w.join(' ')).join(' / ');
}

/** "... --- ..." -> "SOS"; words apart by "/" (or three spaces). @param {string} code */
export function fromMorse(code) {
  const trimmed = code.trim();
  if (!/^[.\-·−–—_/\s]*$/u.test(trimmed)) return null;
  const words = trimmed
    .replace(/·/gu, '.')
    .replace(/[−–—_]/gu, '-')
    .split(/\s*\/\s*|\s{3,}/u)
    .filter(Boolean);
  const letters = words.map((w) => w.split(/\s+/u).map((l) => FROM_MORSE[l]));
  return letters.some((w) => w.includes(undefined))
    ? null
    : letters
        .map((w) => w.join(''))
        .join(' ')
        .toUpperCase();
}

/** Each Latin letter 13 places on, so the same step decodes: "hello" <-> "uryyb". @param {string} text */
export function rot13(text) {
  return text.replace(/[a-z]/giu, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** "hi" -> "01101000 01101001": the UTF-8 bytes of a text as 8 bits each. @param {string} text */
export function toBits(text) {
  return Array.from(new TextEncoder().encode(text), (b) => b.toString(2).padStart(8, '0')).join(' ');
}

/** "01101000 01101001" -> "hi"; groups of 8 bits, spaces optional. @param {string} bits */
export function fromBits(bits) {
  const clean = bits.replace(/\s+/gu, '');
  if (!/^([01]{8})*$/u.test(clean)) return null;
  const bytes = Uint8Array.from(clean.match(/[01]{8}/gu) ?? [], (b) => parseInt(b, 2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
