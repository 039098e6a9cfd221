// @ts-check
// Every game, calculator and tool the app can show, loaded only when a page has it. One line per id,
// sorted, so entries can be added without touching each other's lines.

/** @typedef {{ render: (section: any, ctx: import('../sections/section-context.js').SectionContext) => HTMLElement }} ToolModule */

/** @type {Record<string, () => Promise<ToolModule>>} */
export const TOOLS = {
  2048: () => import('./2048.js'),
  breakout: () => import('./breakout.js'),
  calculator: () => import('./calculator.js'),
  checkers: () => import('./checkers.js'),
  chess: () => import('./chess.js'),
  'connect-four': () => import('./connect-four.js'),
  'falling-blocks': () => import('./falling-blocks.js'),
  'fifteen-puzzle': () => import('./fifteen-puzzle.js'),
  flappy: () => import('./flappy.js'),
  hangman: () => import('./hangman.js'),
  memory: () => import('./memory.js'),
  minesweeper: () => import('./minesweeper.js'),
  pong: () => import('./pong.js'),
  'reaction-time': () => import('./reaction-time.js'),
  'rock-paper-scissors': () => import('./rock-paper-scissors.js'),
  simon: () => import('./simon.js'),
  snake: () => import('./snake.js'),
  'space-invaders': () => import('./space-invaders.js'),
  sudoku: () => import('./sudoku.js'),
  'tic-tac-toe': () => import('./tic-tac-toe.js'),
  'typing-test': () => import('./typing-test.js'),
  'whack-a-mole': () => import('./whack-a-mole.js'),
  'word-guess': () => import('./word-guess.js'),
};
