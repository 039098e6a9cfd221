// @ts-check
// 2048: slide the tiles; equal tiles merge into their sum.
import { createGame, direction, numberOption, onSwipe, touchPad } from './game-kit.js';
import { el } from '../dom.js';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: '2048' });
  const size = numberOption(game.options.size, 4, 3, 6);
  const target = numberOption(game.options.target, 2048, 16, 65536);
  const grid = el('div', { className: 'game-grid game-2048-grid', role: 'grid', 'aria-label': '2048 board' });
  grid.style.gridTemplateColumns = 'repeat(' + size + ', 1fr)';
  // Swipes slide the tiles rather than scroll the page.
  grid.style.touchAction = 'none';
  /** @type {number[][]} */
  let cells = [];
  let over = false;
  let won = false;

  function addTile() {
    const free = [];
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (!cells[r][c]) free.push([r, c]);
    if (free.length === 0) return;
    const [r, c] = free[Math.floor(Math.random() * free.length)];
    cells[r][c] = Math.random() < 0.9 ? 2 : 4;
  }

  function reset() {
    cells = Array.from({ length: size }, () => Array(size).fill(0));
    over = false;
    won = false;
    addTile();
    addTile();
    draw();
  }

  /** One row slid to the left: the new row and the points it made. @param {number[]} row */
  function slide(row) {
    const tiles = row.filter(Boolean);
    const out = [];
    let points = 0;
    for (let i = 0; i < tiles.length; i++) {
      if (tiles[i] === tiles[i + 1]) {
        out.push(tiles[i] * 2);
        points += tiles[i] * 2;
        i++;
      } else out.push(tiles[i]);
    }
    while (out.length < size) out.push(0);
    return { row: out, points };
  }

  /** @param {'up' | 'down' | 'left' | 'right'} dir */
  function move(dir) {
    if (over) return;
    const read = (/** @type {number} */ line, /** @type {number} */ i) =>
      dir === 'left'
        ? [line, i]
        : dir === 'right'
          ? [line, size - 1 - i]
          : dir === 'up'
            ? [i, line]
            : [size - 1 - i, line];
    let moved = false;
    let points = 0;
    const next = cells.map((row) => row.slice());
    for (let line = 0; line < size; line++) {
      const row = Array.from({ length: size }, (_, i) => {
        const [r, c] = read(line, i);
        return cells[r][c];
      });
      const result = slide(row);
      points += result.points;
      result.row.forEach((v, i) => {
        const [r, c] = read(line, i);
        if (next[r][c] !== v) moved = true;
        next[r][c] = v;
      });
    }
    if (!moved) return;
    cells = next;
    addTile();
    game.setScore(game.score + points);
    if (!won && cells.some((row) => row.some((v) => v >= target))) {
      won = true;
      game.setStatus('You reached ' + target + '! Keep going for a higher score.');
    }
    if (!canMove()) {
      over = true;
      game.setStatus('No moves left: ' + game.score + ' points.');
      void game.finish(game.score);
    }
    draw();
  }

  function canMove() {
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++) {
        if (!cells[r][c]) return true;
        if (c + 1 < size && cells[r][c] === cells[r][c + 1]) return true;
        if (r + 1 < size && cells[r][c] === cells[r + 1][c]) return true;
      }
    return false;
  }

  function draw() {
    grid.replaceChildren(
      ...cells.flat().map((v) => {
        const tile = el('div', {
          className: 'game-cell tile-2048',
          role: 'gridcell',
          text: v ? String(v) : '',
        });
        const level = v ? Math.log2(v) : 0;
        tile.style.background = v
          ? 'color-mix(in srgb, var(--accent) ' + Math.min(100, level * 9) + '%, var(--surface))'
          : 'color-mix(in srgb, var(--text) 10%, var(--surface))';
        tile.style.color = level > 5 ? 'var(--accent-text, #fff)' : 'var(--text)';
        return tile;
      }),
    );
  }

  game.onKey((e) => {
    const dir = direction(e.key);
    if (!dir) return;
    e.preventDefault();
    move(dir);
  });
  onSwipe(grid, move);
  game.onRestart(reset);
  game.board.append(
    grid,
    touchPad(game.root, [
      ['Up', 'ArrowUp'],
      ['Left', 'ArrowLeft'],
      ['Down', 'ArrowDown'],
      ['Right', 'ArrowRight'],
    ]),
  );
  game.setStatus('Arrow keys, swipes or the buttons slide the tiles.');
  reset();
  return game.root;
}
