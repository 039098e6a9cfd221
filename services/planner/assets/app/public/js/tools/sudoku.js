// @ts-check
// Sudoku: a generated puzzle with one solution; fill every row, column and box with 1–9. Best = fastest.
import { createGame } from './game-kit.js';
import { isSolved, makeSudoku } from './sudoku-grid.mjs';
import { el } from '../dom.js';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, {
    id: 'sudoku',
    lowerIsBetter: true,
    scoreLabel: 'Time',
    unit: 's',
    levels: true,
  });
  const grid = el('div', { className: 'game-grid sudoku-grid', role: 'grid', 'aria-label': 'Sudoku' });
  grid.style.gridTemplateColumns = 'repeat(9, 1fr)';
  grid.style.gap = '1px';
  const pad = el('div', { className: 'game-row' });
  /** @type {number[]} */
  let puzzle = [];
  /** @type {number[]} */
  let values = [];
  let selected = -1;
  let seconds = 0;
  let done = false;

  function reset() {
    const made = makeSudoku(game.level);
    puzzle = made.puzzle;
    values = puzzle.slice();
    selected = values.indexOf(0);
    seconds = 0;
    done = false;
    game.setStatus(game.levelName + ' puzzle. Pick a square, then type or press a number.');
    draw();
  }

  /** @param {number} v */
  function put(v) {
    if (done || selected < 0 || puzzle[selected]) return;
    values[selected] = v;
    if (values.every(Boolean)) {
      if (isSolved(values.slice())) {
        done = true;
        game.setStatus('Solved in ' + seconds + ' s!');
        void game.finish(seconds);
      } else game.setStatus('Every square is filled, but something clashes.');
    }
    draw();
  }

  /** Digits that clash with another in the same row, column or box. @param {number} i */
  function clashes(i) {
    const v = values[i];
    if (!v) return false;
    const r = Math.floor(i / 9);
    const c = i % 9;
    return values.some((w, j) => {
      if (j === i || w !== v) return false;
      const rr = Math.floor(j / 9);
      const cc = j % 9;
      return (
        rr === r ||
        cc === c ||
        (Math.floor(rr / 3) === Math.floor(r / 3) && Math.floor(cc / 3) === Math.floor(c / 3))
      );
    });
  }

  function draw() {
    grid.replaceChildren(
      ...values.map((v, i) => {
        const r = Math.floor(i / 9);
        const c = i % 9;
        const cell = el('button', {
          type: 'button',
          className:
            (puzzle[i] ? 'secondary' : 'secondary sudoku-open') + (i === selected ? ' is-selected' : ''),
          text: v ? String(v) : '',
          'data-index': String(i),
          'aria-label': 'Row ' + (r + 1) + ', column ' + (c + 1) + (v ? ': ' + v : ', empty'),
          onclick: () => {
            selected = i;
            draw();
          },
        });
        cell.style.borderRadius = '0';
        cell.style.fontWeight = puzzle[i] ? '800' : '400';
        if (i === selected) cell.style.outline = '3px solid var(--accent)';
        if (clashes(i)) cell.style.color = '#c0392b';
        cell.style.marginRight = c % 3 === 2 && c < 8 ? '3px' : '0';
        cell.style.marginBottom = r % 3 === 2 && r < 8 ? '3px' : '0';
        return cell;
      }),
    );
  }

  pad.append(
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) =>
      el('button', { type: 'button', className: 'secondary small', text: String(n), onclick: () => put(n) }),
    ),
    el('button', { type: 'button', className: 'secondary small', text: 'Clear', onclick: () => put(0) }),
  );
  game.onKey((e) => {
    if (/^[1-9]$/.test(e.key)) put(Number(e.key));
    else if (e.key === 'Backspace' || e.key === 'Delete' || e.key === '0') put(0);
    else if (e.key.startsWith('Arrow')) {
      const step = { ArrowUp: -9, ArrowDown: 9, ArrowLeft: -1, ArrowRight: 1 }[e.key] || 0;
      if (selected + step >= 0 && selected + step < 81) selected += step;
      draw();
    } else return;
    e.preventDefault();
  });
  game.every(() => {
    if (!done) {
      seconds++;
      game.setScore(seconds);
    }
  }, 1000);
  game.onRestart(reset);
  game.board.append(grid, pad);
  reset();
  return game.root;
}
