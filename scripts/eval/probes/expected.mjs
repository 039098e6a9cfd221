// Whether what an app shows is the answer a probe expects: numbers within a rounding tolerance
// (24.22 shows as "24.2", 1264.14 as "1,264.14"), other answers as text.

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;
const NUMBERS_IN_TEXT = /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?/g;

export const isNumeric = (expected) => NUMBER.test(String(expected).trim()) && /\d/.test(String(expected));

const toNumber = (s) => Number(String(s).replace(/,/g, ''));

/** Every number written in the text, thousands separators read as such. */
export function numbersIn(text) {
  return (String(text).match(NUMBERS_IN_TEXT) ?? []).map(toNumber);
}

/** Half a unit of the expected value's last decimal, or 0.1 % of it, whichever is larger. */
export function toleranceFor(expected) {
  const decimals = (String(expected).split('.')[1] ?? '').length;
  return Math.max(0.5 * 10 ** -decimals, Math.abs(toNumber(expected)) * 0.001);
}

/**
 * True when the text shows the expected answer. Numbers: any number in the text within the tolerance;
 * text: contained, case-insensitively unless `exactCase` (a case converter's answer is its case).
 */
export function showsExpected(text, expected, { exactCase = false, tolerance } = {}) {
  const wanted = String(expected).trim();
  if (isNumeric(wanted)) {
    const target = toNumber(wanted);
    const within = tolerance ?? toleranceFor(wanted);
    return numbersIn(text).some((n) => Math.abs(n - target) <= within + 1e-9);
  }
  return exactCase
    ? String(text).includes(wanted)
    : String(text).toLowerCase().includes(wanted.toLowerCase());
}

/** How many times the text shows the answer: numbers within the tolerance, words case-insensitively. */
export function countExpected(text, expected) {
  const wanted = String(expected).trim();
  if (isNumeric(wanted)) {
    const target = toNumber(wanted);
    return numbersIn(text).filter((n) => Math.abs(n - target) <= toleranceFor(wanted) + 1e-9).length;
  }
  return String(text).toLowerCase().split(wanted.toLowerCase()).length - 1;
}
