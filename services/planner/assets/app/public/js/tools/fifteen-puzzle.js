// @ts-check
// The 15-puzzle: slide the tiles into order. Best = fewest moves.
import { createGame, direction, gameClock, numberOption } from './game-kit.js';
import { el } from '../dom.js';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'fifteen-puzzle', lowerIsBetter: true, scoreLabel: 'Moves' });
  const size = numberOption(game.options.size, 4, 3, 6);
  const clock = gameClock(game);
  const grid = el('div', {
    className: 'game-grid fifteen-board',
    role: 'grid',
    'aria-label': 'Sliding puzzle',
  });
  grid.style.gridTemplateColumns = 'repeat(' + size + ', 1fr)';
  grid.style.maxWidth = size * 72 + 'px';
  /** @type {number[]} */
  let tiles = [];
  let moves = 0;
  let solved = false;

  /** @param {number} i @param {number} j */
  const adjacent = (i, j) =>
    (Math.floor(i / size) === Math.floor(j / size) && Math.abs(i - j) === 1) || Math.abs(i - j) === size;

  function reset() {
    tiles = [...Array(size * size).keys()].map((n) => (n + 1) % (size * size));
    // Random legal slides from the solved order, so the puzzle is always solvable.
    let blank = tiles.indexOf(0);
    let previous = -1;
    for (let k = 0; k < size * size * 25; k++) {
      const options = [blank - size, blank + size, blank - 1, blank + 1].filter(
        (j) => j >= 0 && j < tiles.length && j !== previous && adjacent(blank, j),
      );
      const j = options[Math.floor(Math.random() * options.length)];
      tiles[blank] = tiles[j];
      tiles[j] = 0;
      previous = blank;
      blank = j;
    }
    moves = 0;
    solved = false;
    clock.reset();
    game.setStatus('Click a tile next to the gap, or use the arrow keys.');
    draw();
  }

  /** @param {number} i */
  function slide(i) {
    const blank = tiles.indexOf(0);
    if (solved) return;
    // A tile that cannot slide says so: every press answers.
    if (!adjacent(i, blank))
      return game.setStatus(
        tiles[i]
          ? 'Tile ' + tiles[i] + ' is not next to the gap: pick one that is.'
          : 'Pick a tile next to the gap.',
      );
    tiles[blank] = tiles[i];
    tiles[i] = 0;
    moves++;
    clock.start();
    game.setStatus('');
    game.setScore(moves);
    if (tiles.every((t, k) => t === (k + 1) % tiles.length)) {
      solved = true;
      const seconds = clock.stop();
      game.setStatus('Solved in ' + moves + ' moves and ' + seconds + ' seconds!');
      void game.finish(moves);
    }
    draw();
  }

  function draw() {
    grid.replaceChildren(
      ...tiles.map((t, i) =>
        el('button', {
          type: 'button',
          className: t ? 'fifteen-tile' : 'secondary fifteen-gap',
          text: t ? String(t) : '',
          'data-index': String(i),
          'data-tile': String(t),
          'aria-label': t ? 'Tile ' + t : 'Gap',
          onclick: () => slide(i),
        }),
      ),
    );
  }

  game.onKey((e) => {
    const dir = direction(e.key);
    if (!dir) return;
    e.preventDefault();
    // An arrow moves the tile on that side of the gap into it.
    const blank = tiles.indexOf(0);
    const from = { up: blank + size, down: blank - size, left: blank + 1, right: blank - 1 }[dir];
    if (from >= 0 && from < tiles.length && adjacent(from, blank)) slide(from);
  });
  game.onRestart(reset);
  game.board.append(grid);
  reset();
  return game.root;
}
