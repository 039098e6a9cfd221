// @ts-check
// Chess for two on one screen. The rules (legal moves, check, mate, draws) come from chess.js, served by
// the app from the module store at /vendor/, never from the network.
import { arrowFocus, createGame } from './game-kit.js';
import { el } from '../dom.js';

const LIBRARY = '/vendor/chess.js/dist/esm/chess.js';
const GLYPHS = {
  wp: '♙',
  wn: '♘',
  wb: '♗',
  wr: '♖',
  wq: '♕',
  wk: '♔',
  bp: '♟',
  bn: '♞',
  bb: '♝',
  br: '♜',
  bq: '♛',
  bk: '♚',
};
const FILES = 'abcdefgh';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'chess', scoreLabel: 'Moves', keepsBest: false });
  const grid = el('div', { className: 'game-grid chess-board', role: 'grid', 'aria-label': 'Chess board' });
  grid.style.gridTemplateColumns = 'repeat(8, 1fr)';
  grid.style.gap = '0';
  const history = el('p', { className: 'muted chess-history' });
  // White and Black, or the players' names with them ("Sam (White)"): both named before the first move.
  const [white, black] = game.sides(['White', 'Black']).map((side) => side.name);
  const showTurn = game.stat('Turn', white);
  const toMove = () => (chess.turn() === 'w' ? white : black);
  /** @type {any} */
  let chess = null;
  /** @type {string | null} */
  let from = null;

  function reset() {
    if (!chess) return;
    chess.reset();
    from = null;
    report();
    draw();
  }

  function report() {
    const side = toMove();
    showTurn(side);
    game.setScore(Math.ceil(chess.history().length / 2));
    if (chess.isCheckmate()) game.setStatus('Checkmate: ' + (side === white ? black : white) + ' wins.');
    else if (chess.isDraw()) game.setStatus('Draw.');
    else game.setStatus(side + ' to move' + (chess.inCheck() ? ' — check!' : '.'));
    history.textContent = chess.history().join(' ');
  }

  /** @param {string} square */
  function pick(square) {
    if (chess.isGameOver()) return;
    const piece = chess.get(square);
    if (from && from !== square) {
      const legal = chess
        .moves({ square: from, verbose: true })
        .find((/** @type {any} */ m) => m.to === square);
      if (legal) {
        chess.move({ from, to: square, promotion: 'q' });
        from = null;
        report();
        return draw();
      }
      if (!piece || piece.color !== chess.turn()) {
        game.setStatus('That move is not allowed. ' + toMove() + ' to move.');
        from = null;
        return draw();
      }
    }
    from = piece && piece.color === chess.turn() && from !== square ? square : null;
    // Every click answers, so a new player learns by trying: what to pick next, or whose move it is.
    const side = toMove();
    if (from) {
      const count = chess.moves({ square: from }).length;
      game.setStatus(
        count ? side + ' to move: now pick one of the marked squares.' : 'That piece has no legal move.',
      );
    } else if (!piece) game.setStatus('Pick one of your pieces first. ' + side + ' to move.');
    else if (piece.color !== chess.turn()) game.setStatus('That is not your piece. ' + side + ' to move.');
    else game.setStatus(side + ' to move.');
    draw();
  }

  function draw() {
    if (!chess) return;
    const targets = from
      ? chess.moves({ square: from, verbose: true }).map((/** @type {any} */ m) => m.to)
      : [];
    const focused = [...grid.children].indexOf(/** @type {Element} */ (document.activeElement));
    const cells = [];
    for (let r = 0; r < 8; r++)
      for (let c = 0; c < 8; c++) {
        const square = FILES[c] + (8 - r);
        const piece = chess.get(square);
        const glyph = piece ? GLYPHS[/** @type {keyof typeof GLYPHS} */ (piece.color + piece.type)] : '';
        const cell = el('button', {
          type: 'button',
          className:
            'chess-square' +
            (square === from ? ' is-selected' : '') +
            (targets.includes(square) ? ' is-target' : ''),
          text: glyph,
          'data-square': square,
          'aria-label':
            square + (piece ? ' ' + (piece.color === 'w' ? 'white ' : 'black ') + piece.type : ''),
          onclick: () => pick(square),
        });
        const dark = (r + c) % 2 === 1;
        cell.style.borderRadius = '0';
        cell.style.border = 'none';
        cell.style.color = '#111';
        cell.style.fontSize = 'clamp(1.1rem, 7vw, 2rem)';
        cell.style.background =
          square === from ? 'var(--accent)' : dark ? 'color-mix(in srgb, var(--accent) 45%, #777)' : '#eee';
        if (targets.includes(square)) cell.style.boxShadow = 'inset 0 0 0 3px var(--accent)';
        cells.push(cell);
      }
    grid.replaceChildren(...cells);
    const again = /** @type {HTMLElement | undefined} */ (grid.children[focused]);
    if (again) again.focus();
  }

  arrowFocus(grid, 8);
  game.onRestart(reset);
  game.board.append(grid, history);
  game.setStatus('Loading the rules…');
  // A computed address: the rules are loaded from the app's server at run time, not bundled.
  import(/* @vite-ignore */ String(LIBRARY))
    .then((library) => {
      chess = new library.Chess();
      report();
      draw();
    })
    .catch(() => game.setStatus('The chess rules could not be loaded from this app (' + LIBRARY + ').'));
  return game.root;
}
