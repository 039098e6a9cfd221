import { describe, expect, it } from 'vitest';
import { declarationProblem } from '../../../scripts/eval/declared-probes.mjs';
import { readPromptSet, type PromptCase } from '../../../scripts/eval/prompt-sets.mjs';
import { hasWord } from '../../../scripts/eval/words.mjs';

const CATEGORIES = [
  'data-relations',
  'data-simple',
  'website-long',
  'content-site',
  'dashboard',
  'change',
  'honesty',
  'game',
  'calculator',
  'tool',
];
// In these the expected words are the nouns the prompt itself names; games and tools show words of
// their own ("score", "encode") that a person looks for without having typed them.
const NAMED_BY_PROMPT = ['data-relations', 'data-simple', 'website-long', 'content-site', 'dashboard'];

const dev = readPromptSet('dev');
const test = readPromptSet('test');
const all = [...dev, ...test];
const probesOf = (line: PromptCase) => [
  ...(line.probes ?? []),
  ...(line.then ?? []).flatMap((s) => s.probes ?? []),
];

describe('prompt sets dev and test', () => {
  it('hold at least 260 prompts, 16+ per category, more than half dev, 9+ held out, distinct', () => {
    expect(all.length).toBeGreaterThanOrEqual(260);
    for (const category of CATEGORIES) {
      const inDev = dev.filter((l) => l.category === category).length;
      const inTest = test.filter((l) => l.category === category).length;
      expect(inDev + inTest, category).toBeGreaterThanOrEqual(16);
      expect(inDev / (inDev + inTest), category).toBeGreaterThan(0.5);
      // Dev grows by rounds of fresh prompts written before tuning; the held-out set stays as it was,
      // so what bounds it is its own size, not its share.
      expect(inTest, category).toBeGreaterThanOrEqual(9);
    }
    const devPrompts = new Set(dev.map((l) => l.prompt.toLowerCase()));
    expect(test.filter((l) => devPrompts.has(l.prompt.toLowerCase())).map((l) => l.id)).toEqual([]);
  });

  it('give every line a unique <category>-<nn> or -<nnn> id of a known category', () => {
    const ids = all.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const line of all) {
      expect(CATEGORIES, line.id).toContain(line.category);
      expect(line.id).toMatch(new RegExp(`^${line.category}-\\d{2,3}$`));
    }
  });

  it('expect 2–5 words a person would look for, named by the prompt where the prompt names them', () => {
    for (const line of all.filter((l) => !l.reject)) {
      // One word is enough where the page has few of its own (a game's score, a refused ask's noun).
      expect(line.expect.length, line.id).toBeGreaterThanOrEqual(
        NAMED_BY_PROMPT.includes(line.category!) ? 2 : 1,
      );
      expect(line.expect.length, line.id).toBeLessThanOrEqual(5);
      if (NAMED_BY_PROMPT.includes(line.category!))
        expect(
          line.expect.filter((w) => !hasWord(line.prompt, w)),
          line.id,
        ).toEqual([]);
    }
  });

  it('declare only probes that run and can fail', () => {
    const problems = all.flatMap((line) =>
      probesOf(line)
        .map((probe) => declarationProblem(probe))
        .filter(Boolean)
        .map((problem) => `${line.id}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('refuse gibberish with nothing else to check, and give honesty asks note words', () => {
    for (const line of all.filter((l) => l.reject)) {
      expect(line.category, line.id).toBe('honesty');
      expect(line.probes ?? [], line.id).toEqual([]);
      expect(line.then ?? [], line.id).toEqual([]);
    }
    const honest = all.filter((l) => l.category === 'honesty' && !l.reject);
    expect(honest.length).toBeGreaterThanOrEqual(10);
    for (const line of honest) expect(line.noteWords?.length, line.id).toBeGreaterThan(0);
    expect(all.filter((l) => l.reject).length).toBeGreaterThanOrEqual(8);
  });

  it('give every change prompt follow-ups, and most categories function probes', () => {
    for (const line of all.filter((l) => l.category === 'change'))
      expect(line.then?.length ?? 0, line.id).toBeGreaterThanOrEqual(1);
    for (const category of ['data-relations', 'website-long', 'calculator', 'game']) {
      const lines = all.filter((l) => l.category === category);
      expect(lines.filter((l) => probesOf(l).length > 0).length / lines.length, category).toBeGreaterThan(
        0.8,
      );
    }
  });
});
