import { describe, expect, it } from 'vitest';
import { planOffline } from '../../offline/offline.engine.js';
import { understandPrompt } from '../../understanding/understand.js';

// The games of the catalogue found from prompts nobody wrote for them, with the options those prompts name.
async function gameOf(prompt: string) {
  const { spec } = await understandPrompt(prompt);
  const section = spec.pages[0]?.sections[0];
  return section?.type === 'tool' ? { id: section.blueprint, options: section.options ?? {} } : null;
}

describe('games found by retrieval', () => {
  it('finds the number guessing game however it is asked for, with its range and tries', async () => {
    expect(await gameOf('guess my number from 1 to 50')).toMatchObject({
      id: 'number-guess',
      options: { low: 1, high: 50 },
    });
    expect(await gameOf('a higher or lower game with numbers up to 1000')).toMatchObject({
      id: 'number-guess',
      options: { low: 1, high: 1000 },
    });
    expect(await gameOf('secret number game for kids, ten guesses')).toMatchObject({
      id: 'number-guess',
      options: { tries: 10 },
    });
    expect((await gameOf('a hi-lo game'))?.id).toBe('number-guess');
  });

  it('finds blackjack by its other names', async () => {
    for (const prompt of ['blackjack', 'play twenty-one against the dealer', 'a pontoon card game']) {
      expect((await gameOf(prompt))?.id, prompt).toBe('blackjack');
    }
  });

  it('takes the themes, tries and difficulties a prompt names into the game', async () => {
    expect(await gameOf('a hangman game with countries and food')).toMatchObject({
      id: 'hangman',
      options: { themes: ['countries', 'food'] },
    });
    expect(await gameOf('wordle clone with 8 tries')).toMatchObject({
      id: 'word-guess',
      options: { tries: 8 },
    });
    expect(await gameOf('a hard minesweeper')).toMatchObject({
      id: 'minesweeper',
      options: { difficulty: 'hard' },
    });
  });

  it('says when the word list asked for is not one hangman has, and not when it is', async () => {
    const cars = await planOffline({ prompt: 'hangman with words about cars and trucks' });
    expect(cars.plan.leftOut?.join(' ')).toMatch(/no words about cars, trucks: it uses its animals list/);
    const ocean = await planOffline({ prompt: 'a hangman game for kids with ocean words and animals' });
    expect(ocean.plan.leftOut?.join(' ')).toMatch(/no words about ocean: it uses its animals list/);
    const listed = await planOffline({ prompt: 'hangman with words about space and sports' });
    expect(listed.plan.leftOut ?? []).toEqual([]);
  });

  it('plays tic-tac-toe for two when asked, and says where a game cannot have the players asked for', async () => {
    expect(await gameOf('tic tac toe for two players on the same screen')).toMatchObject({
      id: 'tic-tac-toe',
      options: { players: 2 },
    });
    expect((await gameOf('noughts and crosses against the computer'))?.options).toMatchObject({ players: 1 });
    const chess = await planOffline({ prompt: 'a chess game against the computer' });
    expect(chess.plan.leftOut?.join(' ')).toMatch(/no computer opponent/);
    const rps = await planOffline({ prompt: 'rock paper scissors for 2 players' });
    expect(rps.plan.leftOut?.join(' ')).toMatch(/no two-player mode/);
    expect(await gameOf('pong for 2 players')).toMatchObject({ id: 'pong', options: { players: 2 } });
    expect(
      (await planOffline({ prompt: 'checkers for two people sharing the computer' })).plan.leftOut,
    ).toEqual([]);
  });
});
