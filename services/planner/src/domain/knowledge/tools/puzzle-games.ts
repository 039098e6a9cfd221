import type { ToolEntry } from '../tool.types.js';
import { SCORE_COLLECTION } from './game-collections.js';
import {
  readDifficulty,
  readGridSize,
  readRange,
  readTheme,
  readTries,
  readUnlistedThemes,
} from './read-game-options.js';

// Games of words, numbers and logic, played at a person's own pace.

const scores = { scores: SCORE_COLLECTION.name };
const keepsScores = { collections: [SCORE_COLLECTION] };

/** Word themes the hangman module has lists for, and the words that ask for each. */
const HANGMAN_THEMES: Record<string, RegExp> = {
  animals: /\b(animals?|zoo|pets?|wildlife)\b/i,
  countries: /\b(countr(y|ies)|nations?|geography|flags?)\b/i,
  fruit: /\b(fruits?)\b/i,
  food: /\b(food|dishes|cooking|meals?)\b/i,
  sports: /\b(sports?)\b/i,
  colors: /\b(colou?rs)\b/i,
  space: /\b(space|planets?|astronomy)\b/i,
  jobs: /\b(jobs?|professions?|careers?|occupations?)\b/i,
};
const MEMORY_THEMES: Record<string, RegExp> = {
  animals: /\b(animals?|pets?|zoo)\b/i,
  fruit: /\b(fruits?|food)\b/i,
  space: /\b(space|planets?|stars?)\b/i,
  sports: /\b(sports?|balls?)\b/i,
};

/** Says which topics asked for have no word list, and what the game uses instead. */
function unlistedThemes(game: string, themes: Record<string, RegExp>, fallback: string) {
  return (prompt: string): string[] => {
    const missing = readUnlistedThemes(prompt, themes);
    if (missing.length === 0) return [];
    const read = readTheme(prompt, themes);
    const using = read.themes ?? [read.theme ?? fallback];
    return [
      `${game} has no words about ${missing.join(', ')}: it uses its ${using.join(' and ')} list ` +
        `(its lists: ${Object.keys(themes).join(', ')}).`,
    ];
  };
}

export const PUZZLE_GAMES: ToolEntry[] = [
  {
    id: 'number-guess',
    name: 'Guess the number',
    kind: 'game',
    synonyms: [
      'number guessing game',
      'guess the number',
      'guess my number',
      'higher or lower',
      'higher lower game',
      'hot and cold number game',
      'pick a number game',
      'secret number game',
      'hi-lo game',
    ],
    description:
      'The app thinks of a whole number in a range; guess it, each wrong guess is told higher or lower. Fewest guesses is kept.',
    options: { ...scores, low: 1, high: 100, tries: 0 },
    readOptions: (prompt) => ({ ...readRange(prompt, -1_000_000, 1_000_000), ...readTries(prompt, 1, 50) }),
    ...keepsScores,
  },
  {
    id: '2048',
    name: '2048',
    kind: 'game',
    synonyms: [
      '2048',
      '2048 game',
      'sliding number tiles',
      'merge numbers game',
      'number merge puzzle',
      'tile merging game',
      'threes like game',
      'combine tiles to 2048',
      'doubling tiles puzzle',
    ],
    description:
      'Slide numbered tiles on a grid; equal tiles merge into their sum, aiming for the 2048 tile.',
    options: { ...scores, size: 4, target: 2048 },
    readOptions: (prompt) => readGridSize(prompt, 3, 6),
    ...keepsScores,
  },
  {
    id: 'minesweeper',
    name: 'Minesweeper',
    kind: 'game',
    synonyms: [
      'minesweeper',
      'mine sweeper',
      'mines game',
      'find the mines',
      'bomb grid game',
      'avoid the bombs',
      'mine finder',
      'minefield puzzle',
      'flag the mines',
    ],
    description:
      'Open the squares of a minefield without hitting a mine; numbers count the mines around. Fastest win is kept.',
    options: { ...scores, difficulty: 'easy' },
    readOptions: readDifficulty,
    ...keepsScores,
  },
  {
    id: 'memory',
    name: 'Memory cards',
    kind: 'game',
    synonyms: [
      'memory game',
      'memory cards',
      'matching pairs',
      'concentration game',
      'card matching game',
      'find the pairs',
      'flip cards game',
      'pairs game',
      'match the cards',
    ],
    description: 'Turn the cards two at a time and find every matching pair in as few moves as possible.',
    options: { ...scores, pairs: 8, theme: 'animals' },
    readOptions: (prompt) => {
      const pairs = /\b(\d{1,2})\s*pairs\b/i.exec(prompt);
      const n = pairs ? Number(pairs[1]) : NaN;
      return { ...readTheme(prompt, MEMORY_THEMES), ...(n >= 2 && n <= 12 ? { pairs: n } : {}) };
    },
    ...keepsScores,
  },
  {
    id: 'hangman',
    name: 'Hangman',
    kind: 'game',
    synonyms: [
      'hangman',
      'hangman game',
      'guess the word letters',
      'word guessing with letters',
      'hang man',
      'spell the hidden word',
      'letter guessing game',
      'gallows word game',
      'guess the secret word',
    ],
    description:
      'Guess a hidden word letter by letter before the drawing is complete, from a themed word list.',
    options: { ...scores, theme: 'animals' },
    readOptions: (prompt) => readTheme(prompt, HANGMAN_THEMES),
    leftOut: unlistedThemes('Hangman', HANGMAN_THEMES, 'animals'),
    ...keepsScores,
  },
  {
    id: 'word-guess',
    name: 'Five-letter word guess',
    kind: 'game',
    synonyms: [
      'wordle',
      'wordle clone',
      'five letter word game',
      'guess the five-letter word',
      'word puzzle with six tries',
      'lingo game',
      'daily word game',
      'word guess',
      'green and yellow letters game',
    ],
    description:
      'Guess the five-letter word in six tries; each guess shows letters in the right place and letters in the word.',
    options: { ...scores, tries: 6 },
    readOptions: (prompt) => readTries(prompt, 3, 10),
    ...keepsScores,
  },
  {
    id: 'sudoku',
    name: 'Sudoku',
    kind: 'game',
    synonyms: [
      'sudoku',
      'sudoku puzzle',
      'number place',
      'sudoku game',
      '9x9 number puzzle',
      'sudoku generator',
      'logic number grid',
      'fill the grid with 1 to 9',
      'sudoku solver practice',
    ],
    description:
      'A generated sudoku with exactly one solution at the chosen difficulty; fill rows, columns and boxes with 1–9.',
    options: { ...scores, difficulty: 'easy' },
    readOptions: readDifficulty,
    ...keepsScores,
  },
  {
    id: 'fifteen-puzzle',
    name: '15-puzzle',
    kind: 'game',
    synonyms: [
      '15 puzzle',
      '15-puzzle',
      'fifteen puzzle',
      'sliding puzzle',
      'sliding tile puzzle',
      'slide the tiles in order',
      'gem puzzle',
      'number slide puzzle',
      'sliding numbers game',
    ],
    description: 'Slide the numbered tiles into order using the one gap, in as few moves as possible.',
    options: { ...scores, size: 4 },
    readOptions: (prompt) => readGridSize(prompt, 3, 6),
    ...keepsScores,
  },
];
