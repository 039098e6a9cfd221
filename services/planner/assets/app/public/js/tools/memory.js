// @ts-check
// Memory cards: turn two at a time and find the pairs. Best = fewest moves.
import { arrowFocus, createGame, numberOption, shuffle } from './game-kit.js';
import { el } from '../dom.js';

const THEMES = {
  animals: ['🐶', '🐱', '🐭', '🐰', '🦊', '🐻', '🐼', '🐨', '🐯', '🦁', '🐸', '🐵'],
  fruit: ['🍎', '🍐', '🍊', '🍋', '🍌', '🍉', '🍇', '🍓', '🍒', '🍑', '🥝', '🍍'],
  space: ['🌍', '🌙', '⭐', '☀️', '🪐', '🚀', '🛰️', '☄️', '🌌', '👽', '🔭', '🌠'],
  sports: ['⚽', '🏀', '🏈', '⚾', '🎾', '🏐', '🏉', '🎱', '🏓', '🏸', '🥊', '⛳'],
};

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'memory', lowerIsBetter: true, scoreLabel: 'Moves' });
  const pairs = numberOption(game.options.pairs, 8, 2, 12);
  const theme = THEMES[/** @type {keyof typeof THEMES} */ (game.options.theme)] || THEMES.animals;
  // The squarest even grid: 16 cards as 4 × 4, 24 as 6 × 4.
  const count = pairs * 2;
  const columns =
    [...Array(count).keys()].map((d) => d + 1).find((d) => count % d === 0 && d * d >= count) || 4;
  const grid = el('div', { className: 'game-grid', role: 'grid', 'aria-label': 'Cards' });
  grid.style.gridTemplateColumns = 'repeat(' + columns + ', 1fr)';
  /** @type {{ face: string, open: boolean, found: boolean }[]} */
  let cards = [];
  /** @type {number[]} */
  let turned = [];
  let moves = 0;
  let busy = false;

  function reset() {
    cards = shuffle(theme.slice(0, pairs).flatMap((face) => [face, face])).map((face) => ({
      face,
      open: false,
      found: false,
    }));
    turned = [];
    moves = 0;
    busy = false;
    game.setStatus('Find the ' + pairs + ' pairs.');
    draw();
  }

  /** @param {number} i */
  function turn(i) {
    const card = cards[i];
    if (busy || card.open || card.found) return;
    card.open = true;
    turned.push(i);
    if (turned.length === 2) {
      moves++;
      game.setScore(moves);
      const [a, b] = turned;
      if (cards[a].face === cards[b].face) {
        cards[a].found = cards[b].found = true;
        turned = [];
        if (cards.every((c) => c.found)) {
          game.setStatus('All pairs found in ' + moves + ' moves!');
          void game.finish(moves);
        }
      } else {
        busy = true;
        game.later(() => {
          cards[a].open = cards[b].open = false;
          turned = [];
          busy = false;
          draw();
        }, 700);
      }
    }
    draw();
  }

  function draw() {
    const focused = [...grid.children].indexOf(/** @type {Element} */ (document.activeElement));
    grid.replaceChildren(
      ...cards.map((card, i) =>
        el('button', {
          type: 'button',
          className: card.open || card.found ? 'secondary card-open' : 'card-closed',
          text: card.open || card.found ? card.face : '?',
          'data-index': String(i),
          'aria-label': 'Card ' + (i + 1) + (card.open || card.found ? ': ' + card.face : ''),
          onclick: () => turn(i),
        }),
      ),
    );
    const again = /** @type {HTMLElement | undefined} */ (grid.children[focused]);
    if (again) again.focus();
  }

  arrowFocus(grid, columns);
  game.onRestart(reset);
  game.board.append(grid);
  reset();
  return game.root;
}
