import type { ToolEntry } from '../tool.types.js';
import { readCount } from './read-count.js';
import { readTextLimit } from './text-limit.js';

// Tools over a text a person types or needs: filler text, counts, patterns, differences, a QR code.

export const TEXT_TOOLS: readonly ToolEntry[] = [
  {
    id: 'lorem-ipsum',
    name: 'Lorem ipsum generator',
    kind: 'tool',
    synonyms: [
      'lorem ipsum',
      'placeholder text',
      'dummy text',
      'filler text',
      'text generator',
      'lipsum',
      'sample text',
      'fake paragraphs',
    ],
    description: 'Placeholder Latin text in paragraphs, sentences or words, ready to copy.',
    options: { count: 3 },
    readOptions: (prompt) => {
      const count = readCount(prompt, /paragraphs?/, 1, 100);
      return count ? { count } : {};
    },
  },
  {
    id: 'word-counter',
    name: 'Word and character counter',
    kind: 'tool',
    synonyms: [
      'word counter',
      'character counter',
      'word count',
      'count words',
      'letter counter',
      'character count',
      'essay length',
      'reading time',
      'text statistics',
      'count characters',
      'character limit',
      'characters left',
      'characters remaining',
      'words left',
      'length checker',
      'text length',
      'tweet length',
    ],
    description:
      'Counts the words, characters (with and without spaces), sentences and paragraphs of a text as it is typed, with its reading time, and what is left of a limit.',
    options: {},
    readOptions: (prompt) => {
      const limit = readTextLimit(prompt);
      return limit ? { limit } : {};
    },
  },
  {
    id: 'regex-tester',
    name: 'Regex tester',
    kind: 'tool',
    synonyms: [
      'regex tester',
      'regular expression',
      'regex',
      'regexp',
      'test a pattern',
      'pattern matcher',
      'regex checker',
      'regex debugger',
      'match text',
    ],
    description:
      'Tries a regular expression on a text as it is typed: matches highlighted, counted and listed with their groups; a bad pattern says what is wrong.',
    options: {},
  },
  {
    id: 'diff-checker',
    name: 'Diff checker',
    kind: 'tool',
    synonyms: [
      'diff checker',
      'text diff',
      'compare text',
      'compare two texts',
      'difference checker',
      'diff tool',
      'text compare',
      'find differences',
      'compare files',
    ],
    description: 'Compares two texts line by line and shows the lines added and removed.',
    options: {},
  },
  {
    id: 'qr-code',
    name: 'QR code generator',
    kind: 'tool',
    synonyms: [
      'qr code',
      'qr code generator',
      'qr generator',
      'make a qr code',
      'link to qr',
      'barcode generator',
      'qr maker',
      'wifi qr code',
      'scan code',
    ],
    description:
      'Makes a QR code of a link or a text as it is typed, with a choice of error correction, saved as PNG.',
    options: {},
    readOptions: (prompt) => {
      const link = /\bhttps?:\/\/[^\s"'<>]+/i.exec(prompt);
      return link ? { text: link[0].replace(/[.,;:!?)]+$/, '') } : {};
    },
    notes: ['The QR codes are drawn by uqr, served by the app from the sandbox module store.'],
  },
];
