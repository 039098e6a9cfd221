// @ts-check
// Connect four against the computer (or two players): drop discs, four in a row wins.
import { createGame } from './game-kit.js';
import { sideNames } from './game-sides.js';
import { el } from '../dom.js';

const COLS = 7;
const ROWS = 6;

/** @param {number[]} b @param {number} player */
function wins(b, player) {
  const at = (/** @type {number} */ r, /** @type {number} */ c) =>
    r >= 0 && r < ROWS && c >= 0 && c < COLS && b[r * COLS + c] === player;
  for (let r = 0; r < ROWS; r++)
    for (let c = 0; c < COLS; c++)
      for (const [dr, dc] of [
        [0, 1],
        [1, 0],
        [1, 1],
        [1, -1],
      ])
        if ([0, 1, 2, 3].every((k) => at(r + dr * k, c + dc * k))) return true;
  return false;
}

/** The row a disc dropped in column c lands on, or -1 when full. @param {number[]} b @param {number} c */
function landing(b, c) {
  for (let r = ROWS - 1; r >= 0; r--) if (!b[r * COLS + c]) return r;
  return -1;
}

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const twoPlayers = section.options?.players === 2;
  // Red and Yellow (or the prompt's colours, with the players' names): named before the first disc drops.
  const [first, second] = sideNames(section.options || {}, ['Red', 'Yellow'], { colored: true });
  // The computer's strength is a choice only when there is a computer to play.
  const game = createGame(section, ctx, {
    id: 'connect-four',
    scoreLabel: twoPlayers ? first.name + ' score' : 'Your score',
    levels: !twoPlayers,
  });
  game.sides(['Red', 'Yellow'], { colored: true });
  // Both sides' games won, as a score: the other player's, or the computer's.
  const showOther = game.stat(twoPlayers ? second.name + ' score' : 'Computer', 0);
  let otherCount = 0;
  const grid = el('div', { className: 'game-grid c4-board', role: 'grid', 'aria-label': 'Connect four' });
  grid.style.gridTemplateColumns = 'repeat(' + COLS + ', 1fr)';
  /** @type {number[]} */
  let board = [];
  let turn = 1;
  let over = false;
  let wonCount = 0;
  let column = 3;
  const NAMES = ['', first.name, second.name];
  const INK = ['', first.hex || '#d62828', second.hex || '#f4c20d'];
  const showTurn = twoPlayers ? game.stat('Turn', NAMES[1]) : () => {};

  function reset() {
    board = Array(ROWS * COLS).fill(0);
    turn = 1;
    over = false;
    showTurn(NAMES[1]);
    game.setStatus(
      twoPlayers ? NAMES[1] + ' to drop.' : 'Your turn (' + first.side + '): click a column or press 1–7.',
    );
    draw();
  }

  /** The computer: win if it can, block if it must, otherwise a central column. */
  function computerColumn() {
    const open = [...Array(COLS).keys()].filter((c) => landing(board, c) !== -1);
    const tryMove = (/** @type {number} */ c, /** @type {number} */ player) => {
      const b = board.slice();
      b[landing(b, c) * COLS + c] = player;
      return wins(b, player);
    };
    const level = game.level;
    if (level !== 'easy') {
      const win = open.find((c) => tryMove(c, 2));
      if (win !== undefined) return win;
      const block = open.find((c) => tryMove(c, 1));
      if (block !== undefined) return block;
    }
    if (level === 'hard') open.sort((a, b) => Math.abs(a - 3) - Math.abs(b - 3));
    return level === 'hard' && Math.random() < 0.7 ? open[0] : open[Math.floor(Math.random() * open.length)];
  }

  /** @param {number} c */
  function drop(c) {
    if (over) return;
    const r = landing(board, c);
    if (r === -1) return game.setStatus('That column is full.');
    board[r * COLS + c] = turn;
    if (wins(board, turn)) {
      over = true;
      if (turn === 1) {
        wonCount++;
        game.setScore(wonCount);
        void game.finish(wonCount);
      } else showOther(++otherCount);
      game.setStatus(twoPlayers ? NAMES[turn] + ' wins!' : turn === 1 ? 'You win!' : 'The computer wins.');
    } else if (board.every(Boolean)) {
      over = true;
      game.setStatus('A draw.');
    } else {
      turn = turn === 1 ? 2 : 1;
      showTurn(NAMES[turn]);
      if (!twoPlayers && turn === 2) {
        draw();
        game.later(() => drop(computerColumn()), 250);
        return;
      }
      game.setStatus(twoPlayers ? NAMES[turn] + ' to drop.' : 'Your turn.');
    }
    draw();
  }

  function draw() {
    grid.replaceChildren(
      ...board.map((v, i) => {
        const c = i % COLS;
        const cell = el('button', {
          type: 'button',
          className: 'c4-cell',
          'data-index': String(i),
          'data-disc': String(v),
          'aria-label': 'Column ' + (c + 1) + (v ? ': ' + (v === 1 ? first.side : second.side) : ''),
          onclick: () => {
            if (twoPlayers || turn === 1) drop(c);
          },
        });
        cell.style.borderRadius = '50%';
        cell.style.background = v ? INK[v] : 'var(--surface)';
        if (c === column && !v) cell.style.boxShadow = 'inset 0 0 0 2px var(--accent)';
        return cell;
      }),
    );
  }

  game.onKey((e) => {
    if (/^[1-7]$/.test(e.key)) column = Number(e.key) - 1;
    else if (e.key === 'ArrowLeft') column = Math.max(0, column - 1);
    else if (e.key === 'ArrowRight') column = Math.min(COLS - 1, column + 1);
    else if (e.key !== 'Enter' && e.key !== ' ' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    if (/^[1-7]$/.test(e.key) || !e.key.startsWith('Arrow') || e.key === 'ArrowDown') {
      if (twoPlayers || turn === 1) drop(column);
    } else draw();
  });
  game.onRestart(reset);
  game.board.append(grid);
  reset();
  return game.root;
}
