import { describe, expect, it } from 'vitest';
import {
  playersLeftOut,
  readBestLabel,
  readDifficulty,
  readLevelNames,
  readPlayers,
  readRange,
  readTarget,
  readTheme,
  readTries,
  readUnlistedThemes,
} from './read-game-options.js';

// What a prompt says about a game, read in ordinary words and in digits.
describe('reading game options from a prompt', () => {
  it('reads a number range in words or digits, and only within bounds', () => {
    expect(readRange('a number guessing game between 1 and 100', 0, 1000)).toEqual({ low: 1, high: 100 });
    expect(readRange('guess my number from one to fifty', 0, 1000)).toEqual({ low: 1, high: 50 });
    expect(readRange('higher or lower with numbers 10-20', 0, 1000)).toEqual({ low: 10, high: 20 });
    expect(readRange('pick a number up to 1,000', 0, 5000)).toEqual({ low: 1, high: 1000 });
    expect(readRange('between 50 and 10', 0, 1000)).toEqual({});
    expect(readRange('between 1 and 9999999', 0, 1000)).toEqual({});
    expect(readRange('a guessing game', 0, 1000)).toEqual({});
  });

  it('reads how many tries a round allows, in words or digits', () => {
    expect(readTries('wordle with six tries', 3, 10)).toEqual({ tries: 6 });
    expect(readTries('guess the number in 7 guesses', 1, 50)).toEqual({ tries: 7 });
    expect(readTries('you get ten attempts', 1, 50)).toEqual({ tries: 10 });
    expect(readTries('a word game with 40 tries', 3, 10)).toEqual({});
    expect(readTries('a word game', 3, 10)).toEqual({});
  });

  it('reads every theme a prompt names, so a game can offer each', () => {
    const themes = { animals: /\banimals?\b/i, sports: /\bsports?\b/i, space: /\bspace\b/i };
    expect(readTheme('hangman with words about animals and sports', themes)).toEqual({
      theme: 'animals',
      themes: ['animals', 'sports'],
    });
    expect(readTheme('hangman about space', themes)).toEqual({ theme: 'space' });
    expect(readTheme('hangman', themes)).toEqual({});
  });

  it('reads a difficulty, the first one a prompt names', () => {
    expect(readDifficulty('sudoku with easy, medium and hard puzzles')).toEqual({ difficulty: 'easy' });
    expect(readDifficulty('a medium minesweeper')).toEqual({ difficulty: 'normal' });
    expect(readDifficulty('snake')).toEqual({});
  });

  it('finds the topics asked for that no theme covers, and nothing else', () => {
    const themes = { animals: /\banimals?\b/i, sports: /\bsports?\b/i, space: /\bspace\b/i };
    expect(readUnlistedThemes('hangman with words about cars', themes)).toEqual(['cars']);
    expect(readUnlistedThemes('hangman about cars, trains and planes', themes)).toEqual([
      'cars',
      'trains',
      'planes',
    ]);
    expect(readUnlistedThemes('hangman for kids with dinosaur words', themes)).toEqual(['dinosaur']);
    expect(readUnlistedThemes('hangman with a theme of the ocean', themes)).toEqual(['ocean']);
    expect(readUnlistedThemes('hangman with words about animals and sports', themes)).toEqual([]);
    expect(readUnlistedThemes('space-themed hangman with 8 lives', themes)).toEqual([]);
    expect(readUnlistedThemes('a game about guessing words', themes)).toEqual([]);
    expect(readUnlistedThemes('hangman about 5 letter words', themes)).toEqual([]);
  });

  it('reads how many play at one screen, and says what a game cannot be of it', () => {
    expect(readPlayers('tic tac toe for two players')).toEqual({ players: 2 });
    expect(readPlayers('checkers for 2 people sharing the computer')).toEqual({ players: 2 });
    expect(readPlayers('connect four against a friend')).toEqual({ players: 2 });
    expect(readPlayers('chess against the computer')).toEqual({ players: 1 });
    expect(readPlayers('a single-player pong')).toEqual({ players: 1 });
    expect(readPlayers('a chess game')).toEqual({});
    expect(playersLeftOut('Chess', 2)('chess against the AI')).toEqual([
      'Chess here is for two players on one screen: there is no computer opponent.',
    ]);
    expect(playersLeftOut('Pong', 1)('pong for two players')[0]).toMatch(/no two-player mode/);
    expect(playersLeftOut('Pong', 1)('pong against the computer')).toEqual([]);
  });
});

describe("the words a prompt uses for a game's results and levels", () => {
  it('names the best as the prompt does, and leaves the default where it says nothing', () => {
    expect(readBestLabel('snake that remembers my highscore')).toEqual({ bestLabel: 'High score' });
    expect(readBestLabel('a quiz with a top score table')).toEqual({ bestLabel: 'Top score' });
    expect(readBestLabel('beat your personal best at breakout')).toEqual({ bestLabel: 'Personal best' });
    expect(readBestLabel('the best snake game')).toEqual({});
  });

  it("names the difficulties in the prompt's words only where it lists two or more", () => {
    expect(readLevelNames('sudoku: novice, standard or advanced grids')).toEqual({
      levelNames: { easy: 'Novice', normal: 'Standard', hard: 'Advanced' },
    });
    expect(readLevelNames('beginner and expert modes')).toEqual({
      levelNames: { easy: 'Beginner', hard: 'Expert' },
    });
    expect(readLevelNames('an easy snake game')).toEqual({});
  });

  it('reads the score that wins a match, in words or digits, and not a count of players', () => {
    expect(readTarget('air hockey, first to seven', 1, 21)).toEqual({ target: 7 });
    expect(readTarget('we play to 11 points', 1, 21)).toEqual({ target: 11 });
    expect(readTarget('first to 2 players wins', 1, 21)).toEqual({});
    expect(readTarget('first to 50', 1, 21)).toEqual({});
  });
});
