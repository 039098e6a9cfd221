import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The rules inside game modules, run as the page runs them: sudoku puzzles, word-guess marks, blackjack totals.
interface SudokuModule {
  makeSudoku(
    level: 'easy' | 'normal' | 'hard',
    random?: () => number,
  ): { puzzle: number[]; solution: number[] };
  countSolutions(grid: number[], limit?: number): number;
  isSolved(grid: number[]): boolean;
}
interface WordGuessModule {
  score(guess: string, answer: string): string[];
}
interface BlackjackModule {
  total(hand: { rank: string; suit: string }[]): number;
}
const tools = (file: string) =>
  fileURLToPath(new URL(`../../../../assets/app/public/js/tools/${file}`, import.meta.url));
const sudoku = (await import(tools('sudoku-grid.mjs'))) as SudokuModule;
const wordGuess = (await import(tools('word-guess.js'))) as WordGuessModule;
const blackjack = (await import(tools('blackjack.js'))) as BlackjackModule;

describe('sudoku puzzles', () => {
  it('have one solution, agree with it, and have fewer clues when harder', () => {
    const clues: number[] = [];
    for (const level of ['easy', 'normal', 'hard'] as const) {
      const started = Date.now();
      const { puzzle, solution } = sudoku.makeSudoku(level);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(sudoku.isSolved(solution)).toBe(true);
      expect(puzzle.every((v, i) => v === 0 || v === solution[i])).toBe(true);
      expect(sudoku.countSolutions(puzzle, 2)).toBe(1);
      clues.push(puzzle.filter(Boolean).length);
    }
    expect(clues[0]).toBeGreaterThan(clues[1] ?? 0);
    expect(clues[1]).toBeGreaterThan(clues[2] ?? 0);
  });

  it('tells a clash from a solution', () => {
    const { solution } = sudoku.makeSudoku('easy');
    const swapped = solution.slice();
    [swapped[0], swapped[1]] = [swapped[1] ?? 0, swapped[0] ?? 0];
    expect(sudoku.isSolved(swapped)).toBe(false);
    expect(sudoku.isSolved(solution.map((v, i) => (i === 40 ? 0 : v)))).toBe(false);
  });
});

describe('five-letter word marks', () => {
  it('marks right places, letters elsewhere in the word, and counts repeated letters once each', () => {
    expect(wordGuess.score('apple', 'apple')).toEqual(Array(5).fill('correct'));
    expect(wordGuess.score('plate', 'apple')).toEqual(['present', 'present', 'present', 'absent', 'correct']);
    // One "e" in the answer: the second "e" of the guess is absent.
    expect(wordGuess.score('geese', 'horse')).toEqual(['absent', 'absent', 'absent', 'correct', 'correct']);
    expect(wordGuess.score('eerie', 'there')).toEqual(['present', 'absent', 'present', 'absent', 'correct']);
  });
});

describe('blackjack totals', () => {
  const hand = (...ranks: string[]) => ranks.map((rank) => ({ rank, suit: '♠' }));
  it('counts faces as ten and an ace as eleven unless that goes over 21', () => {
    expect(blackjack.total(hand('A', 'K'))).toBe(21);
    expect(blackjack.total(hand('A', '9', 'A'))).toBe(21);
    expect(blackjack.total(hand('A', 'A', 'A', 'K'))).toBe(13);
    expect(blackjack.total(hand('Q', '7', '5'))).toBe(22);
    expect(blackjack.total(hand('10', '6'))).toBe(16);
  });
});
