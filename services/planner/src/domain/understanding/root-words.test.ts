import { describe, expect, it } from 'vitest';
import { retrieveTool } from './tool-retrieval.js';

// A tool named in another form of its catalogue words (a verb for a noun, a past tense, a gerund, a plural),
// in other domains and sentence shapes: the entry it must find.
const TABLE: [string, string][] = [
  ['percent-encode my query strings', 'url-encoder'],
  ['a page that gives me reversed text for a puzzle hunt', 'text-reverser'],
  ['something that reverses strings', 'text-reverser'],
  ['tool that decodes base64 strings from my logs', 'base64'],
  ['I need to Base64-encode some files names', 'base64'],
  ['converts numbers to roman numerals for chapter headings', 'roman-numerals'],
  ['a little app that converts decimal numbers to roman numerals', 'roman-numerals'],
  ['encoded base64 strings decoded back to text', 'base64'],
  ['make me a page that url-decodes links people send me', 'url-encoder'],
  ['something for encoding html entities in snippets', 'html-entities'],
];

describe('a tool named in another form of its words', () => {
  it.each(TABLE)('%s', (head, id) => {
    expect(retrieveTool(head, false, [])?.entry.id).toBe(id);
  });
});
