import fc from 'fast-check';

/** Printable ASCII and Latin-1: everything Node lets a client put in a header value. */
export const headerText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0xa0, max: 0xff }).map((code) => String.fromCharCode(code)),
    ),
    maxLength,
  });

/** Text of any kind, percent-encoded for a path or query (bad escapes and NULs are added apart). */
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u200b\u200b',
    'null',
    'undefined',
    'true',
    '-1',
    '0',
    '1e309',
    'NaN',
    '[]',
    '{}',
  ),
);
export const encoded = anyText.map((text) => encodeURIComponent(text));
export const rawSegment = fc.oneof(
  encoded,
  fc.constantFrom(
    '%',
    '%zz',
    '%00',
    '%2e%2e',
    '..',
    '.',
    '%2F',
    '%u0041',
    '%C0%AF',
    '%ED%A0%80',
    '%FF%FE',
    ';x=1',
    'a'.repeat(3000),
  ),
);
