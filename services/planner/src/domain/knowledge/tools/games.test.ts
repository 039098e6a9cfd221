import { existsSync, readFileSync } from 'node:fs';
import type { AppSpec } from '@isekai/contracts';
import { describe, expect, it } from 'vitest';
import { checkSpec } from '../../compose/check-spec.js';
import { GAME_TOOLS } from './games.js';

const TOOLS_DIR = new URL('../../../../assets/app/public/js/tools/', import.meta.url);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const toolIndex = readFileSync(new URL('index.js', TOOLS_DIR), 'utf8');

/** A spec with every game on one page and the collections they declare, as the engine would place them. */
function specWith(options: (id: string) => Record<string, unknown>): AppSpec {
  const collections = [
    ...new Map(GAME_TOOLS.flatMap((g) => g.collections ?? []).map((c) => [c.name, c])).values(),
  ];
  return {
    version: 2,
    kind: 'game',
    blueprint: 'composed',
    title: 'Games',
    description: 'All the games.',
    theme: { mode: 'light', colors: {} },
    options: {},
    collections,
    pages: [
      {
        id: 'games',
        title: 'Games',
        sections: GAME_TOOLS.map((g) => ({
          type: 'tool',
          blueprint: g.id,
          title: g.name,
          options: options(g.id),
        })),
      },
    ],
  };
}

describe('the games catalogue', () => {
  it('has at least 20 games with unique kebab-case ids, each with its module listed in tools/index.js', () => {
    expect(GAME_TOOLS.length).toBeGreaterThanOrEqual(20);
    const ids = GAME_TOOLS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of GAME_TOOLS) {
      expect(g.id).toMatch(KEBAB);
      expect(g.kind).toBe('game');
      expect(existsSync(new URL(`${g.id}.js`, TOOLS_DIR)), `${g.id}.js`).toBe(true);
      expect(toolIndex).toContain(`import('./${g.id}.js')`);
    }
  });

  it('gives every game 8 or more distinct synonyms, none shared with another game', () => {
    const owner = new Map<string, string>();
    for (const g of GAME_TOOLS) {
      const words = g.synonyms.map((s) => s.toLowerCase());
      expect(new Set(words).size, g.id).toBeGreaterThanOrEqual(8);
      expect(g.description.length, g.id).toBeGreaterThan(20);
      for (const word of words) {
        expect(owner.get(word) ?? g.id, `"${word}"`).toBe(g.id);
        owner.set(word, g.id);
      }
    }
    expect(['whack a mole', 'mole smash', 'hit the moles'].map((w) => owner.get(w))).toEqual([
      'whack-a-mole',
      'whack-a-mole',
      'whack-a-mole',
    ]);
  });

  it('keeps options and what readOptions returns serialisable', () => {
    const prompts = ['a hard 6x6 game with animals', 'an easy game for kids, 45 seconds, in green', ''];
    for (const g of GAME_TOOLS) {
      expect(JSON.parse(JSON.stringify(g.options)), g.id).toEqual(g.options);
      for (const prompt of prompts) {
        const read = g.readOptions?.(prompt) ?? {};
        expect(JSON.parse(JSON.stringify(read)), `${g.id}: ${prompt}`).toEqual(read);
      }
    }
  });

  it('reads the settings a prompt names', () => {
    const read = (id: string, prompt: string) => GAME_TOOLS.find((g) => g.id === id)?.readOptions?.(prompt);
    expect(read('hangman', 'hangman with countries of the world')).toEqual({ theme: 'countries' });
    expect(read('hangman', 'a hangman game')).toEqual({});
    expect(read('sudoku', 'an expert sudoku')).toEqual({ difficulty: 'hard' });
    expect(read('fifteen-puzzle', 'a 5x5 sliding puzzle')).toEqual({ size: 5 });
    expect(read('typing-test', 'a 2 minute typing test')).toEqual({ seconds: 120 });
    expect(read('whack-a-mole', 'whack a mole with 45 second rounds')).toEqual({ seconds: 45 });
    expect(read('snake', 'a green snake game')).toEqual({ color: '#008000' });
    expect(read('connect-four', 'connect four for two players')).toEqual({ players: 2 });
    expect(read('memory', 'memory game with 6 pairs of fruit')).toEqual({ theme: 'fruit', pairs: 6 });
  });

  it('declares collections that pass checkSpec, and names them to the module in options.scores', () => {
    const spec = specWith((id) => {
      const g = GAME_TOOLS.find((t) => t.id === id);
      return { ...g?.options, ...g?.readOptions?.('a hard 5x5 game with animals') };
    });
    expect(checkSpec(spec)).toEqual([]);
    for (const g of GAME_TOOLS) {
      const named = g.options.scores;
      if (named === undefined) expect(g.collections ?? [], g.id).toEqual([]);
      else
        expect(
          g.collections?.map((c) => c.name),
          g.id,
        ).toContain(named);
    }
  });

  it('says honestly where a game is for one screen only', () => {
    for (const id of ['chess', 'checkers'])
      expect(GAME_TOOLS.find((g) => g.id === id)?.notes?.join(' ')).toMatch(/two players on one screen/);
  });
});
