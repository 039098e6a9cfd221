// @ts-check
// Minesweeper: open every square without a mine; numbers count the mines around. Best = fastest win.
import { arrowFocus, createGame } from './game-kit.js';
import { el } from '../dom.js';

const LEVELS = {
  easy: { size: 8, mines: 10 },
  normal: { size: 10, mines: 15 },
  hard: { size: 12, mines: 28 },
};

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, {
    id: 'minesweeper',
    levels: true,
    lowerIsBetter: true,
    scoreLabel: 'Time',
    unit: 's',
  });
  let level = LEVELS[game.level];
  let size = level.size;
  const grid = el('div', { className: 'game-grid', role: 'grid', 'aria-label': 'Minefield' });
  let flagMode = false;
  const flagButton = el('button', {
    type: 'button',
    className: 'secondary small',
    text: 'Flag mode: off',
    'aria-pressed': 'false',
    onclick: () => {
      flagMode = !flagMode;
      flagButton.textContent = 'Flag mode: ' + (flagMode ? 'on' : 'off');
      flagButton.setAttribute('aria-pressed', String(flagMode));
    },
  });
  /** @type {{ mine: boolean, open: boolean, flag: boolean, near: number }[]} */
  let cells = [];
  let started = false;
  let over = false;
  let seconds = 0;

  const neighbours = (/** @type {number} */ i) => {
    const r = Math.floor(i / size);
    const c = i % size;
    const out = [];
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        const rr = r + dr;
        const cc = c + dc;
        if ((dr || dc) && rr >= 0 && cc >= 0 && rr < size && cc < size) out.push(rr * size + cc);
      }
    return out;
  };

  function reset() {
    // The field's size follows the difficulty picker.
    level = LEVELS[game.level];
    size = level.size;
    grid.style.gridTemplateColumns = 'repeat(' + size + ', 1fr)';
    grid.style.maxWidth = size * 36 + 'px';
    cells = Array.from({ length: size * size }, () => ({ mine: false, open: false, flag: false, near: 0 }));
    started = false;
    over = false;
    seconds = 0;
    game.setStatus(level.mines + ' mines. Click to open; right-click, F or flag mode to flag.');
    draw();
  }

  /** Mines go down on the first click, never under it, so the first square is always safe. @param {number} first */
  function layMines(first) {
    const banned = new Set([first, ...neighbours(first)]);
    let laid = 0;
    while (laid < level.mines) {
      const i = Math.floor(Math.random() * cells.length);
      if (cells[i].mine || banned.has(i)) continue;
      cells[i].mine = true;
      laid++;
    }
    cells.forEach((cell, i) => (cell.near = neighbours(i).filter((n) => cells[n].mine).length));
  }

  /** @param {number} i */
  function open(i) {
    if (over || cells[i].flag || cells[i].open) return;
    if (!started) {
      started = true;
      layMines(i);
    }
    if (cells[i].mine) {
      over = true;
      cells.forEach((c) => c.mine && (c.open = true));
      game.setStatus('Boom! You hit a mine. Restart to try again.');
      return draw();
    }
    const queue = [i];
    while (queue.length) {
      const n = /** @type {number} */ (queue.pop());
      if (cells[n].open || cells[n].flag) continue;
      cells[n].open = true;
      if (cells[n].near === 0) queue.push(...neighbours(n));
    }
    if (cells.every((c) => c.open || c.mine)) {
      over = true;
      game.setStatus('Cleared in ' + seconds + ' s!');
      void game.finish(seconds);
    }
    draw();
  }

  /** @param {number} i */
  function flag(i) {
    if (over || cells[i].open) return;
    cells[i].flag = !cells[i].flag;
    draw();
  }

  function draw() {
    const focused = [...grid.children].indexOf(/** @type {Element} */ (document.activeElement));
    grid.replaceChildren(
      ...cells.map((cell, i) => {
        const label = cell.open
          ? cell.mine
            ? '✹'
            : cell.near
              ? String(cell.near)
              : ''
          : cell.flag
            ? '⚑'
            : '';
        const button = el('button', {
          type: 'button',
          className: cell.open ? 'secondary mine-open' : 'mine-closed',
          text: label,
          'data-index': String(i),
          'aria-label':
            'Row ' +
            (Math.floor(i / size) + 1) +
            ', column ' +
            ((i % size) + 1) +
            (label ? ': ' + label : ''),
          onclick: () => (flagMode ? flag(i) : open(i)),
          oncontextmenu: (/** @type {MouseEvent} */ e) => {
            e.preventDefault();
            flag(i);
          },
          onkeydown: (/** @type {KeyboardEvent} */ e) => {
            if (e.key === 'f' || e.key === 'F') flag(i);
          },
        });
        return button;
      }),
    );
    const again = /** @type {HTMLElement | undefined} */ (grid.children[focused]);
    if (again) again.focus();
  }

  game.every(() => {
    if (started && !over) {
      seconds++;
      game.setScore(seconds);
    }
  }, 1000);
  arrowFocus(grid, () => size);
  game.onRestart(reset);
  game.board.append(grid, flagButton);
  reset();
  return game.root;
}
