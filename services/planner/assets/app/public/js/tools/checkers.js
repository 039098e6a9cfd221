// @ts-check
// Checkers (draughts) for two on one screen: diagonal moves, captures are compulsory, multi-jumps, kings.
import { arrowFocus, createGame } from './game-kit.js';
import { el } from '../dom.js';

/** @typedef {{ color: 'r' | 'b', king: boolean } | null} Piece */
/** @typedef {{ from: number, to: number, over: number | null }} Move */

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'checkers', scoreLabel: 'Moves', keepsBest: false });
  const grid = el('div', {
    className: 'game-grid checkers-board',
    role: 'grid',
    'aria-label': 'Checkers board',
  });
  grid.style.gridTemplateColumns = 'repeat(8, 1fr)';
  grid.style.gap = '0';
  /** @type {Piece[]} */
  let board = [];
  /** @type {'r' | 'b'} */
  let turn = 'r';
  /** @type {number | null} */
  let selected = null;
  /** A piece in the middle of a multi-jump must go on jumping. @type {number | null} */
  let chain = null;
  let moves = 0;
  let over = false;
  // Red and Black, or the prompt's colours for the sides, with the players' names where it gave them.
  const [first, second] = game.sides(['Red', 'Black'], { colored: true });
  const NAMES = { r: first.name, b: second.name };
  const PIECES = { r: first.side.toLowerCase(), b: second.side.toLowerCase() };
  const INK = { r: first.hex || '#d62828', b: second.hex || '#111' };
  const showTurn = game.stat('Turn', NAMES.r);

  function reset() {
    board = Array.from({ length: 64 }, (_, i) => {
      const r = Math.floor(i / 8);
      const dark = (r + (i % 8)) % 2 === 1;
      if (!dark) return null;
      if (r < 3) return { color: 'b', king: false };
      if (r > 4) return { color: 'r', king: false };
      return null;
    });
    turn = 'r';
    showTurn(NAMES[turn]);
    selected = null;
    chain = null;
    moves = 0;
    over = false;
    game.setStatus(NAMES.r + ' moves first. Pick a piece, then a square.');
    draw();
  }

  /** @param {number} i @returns {Move[]} */
  function movesOf(i) {
    const piece = board[i];
    if (!piece) return [];
    const r = Math.floor(i / 8);
    const c = i % 8;
    const forward = piece.color === 'r' ? -1 : 1;
    const dirs = piece.king ? [-1, 1] : [forward];
    /** @type {Move[]} */
    const out = [];
    for (const dr of dirs)
      for (const dc of [-1, 1]) {
        const r1 = r + dr;
        const c1 = c + dc;
        if (r1 < 0 || r1 > 7 || c1 < 0 || c1 > 7) continue;
        const near = board[r1 * 8 + c1];
        if (!near) out.push({ from: i, to: r1 * 8 + c1, over: null });
        else if (near.color !== piece.color) {
          const r2 = r1 + dr;
          const c2 = c1 + dc;
          if (r2 >= 0 && r2 <= 7 && c2 >= 0 && c2 <= 7 && !board[r2 * 8 + c2])
            out.push({ from: i, to: r2 * 8 + c2, over: r1 * 8 + c1 });
        }
      }
    return out;
  }

  /** Every legal move for the side to play: captures only, when there is one. */
  function legalMoves() {
    const all =
      chain !== null
        ? movesOf(chain).filter((m) => m.over !== null)
        : board.flatMap((p, i) => (p && p.color === turn ? movesOf(i) : []));
    const captures = all.filter((m) => m.over !== null);
    return captures.length ? captures : all;
  }

  /** @param {number} i */
  function pick(i) {
    if (over) return;
    const legal = legalMoves();
    const move = selected !== null ? legal.find((m) => m.from === selected && m.to === i) : undefined;
    if (move) return play(move);
    if (board[i] && board[i].color === turn && chain === null) {
      selected = legal.some((m) => m.from === i) ? i : null;
      game.setStatus(
        selected !== null
          ? NAMES[turn] + ' to move: now pick one of the marked squares.'
          : legal.some((m) => m.over !== null)
            ? 'A capture is compulsory.'
            : 'That piece cannot move.',
      );
    } else if (selected !== null) game.setStatus('That move is not allowed.');
    // A click that is no move says what a move is, so a new player learns by trying.
    else if (chain === null)
      game.setStatus(
        board[i]
          ? NAMES[turn] + ' to move: that is a ' + PIECES[board[i].color] + ' piece.'
          : NAMES[turn] + ' to move: pick one of your pieces first, then a dark square.',
      );
    draw();
  }

  /** @param {Move} move */
  function play(move) {
    const piece = /** @type {NonNullable<Piece>} */ (board[move.from]);
    board[move.to] = piece;
    board[move.from] = null;
    if (move.over !== null) board[move.over] = null;
    const row = Math.floor(move.to / 8);
    const crowned = !piece.king && ((piece.color === 'r' && row === 0) || (piece.color === 'b' && row === 7));
    if (crowned) piece.king = true;
    if (move.over !== null && !crowned && movesOf(move.to).some((m) => m.over !== null)) {
      chain = move.to;
      selected = move.to;
      game.setStatus(NAMES[turn] + ' jumps again.');
      return draw();
    }
    chain = null;
    selected = null;
    moves++;
    game.setScore(moves);
    turn = turn === 'r' ? 'b' : 'r';
    showTurn(NAMES[turn]);
    if (legalMoves().length === 0) {
      over = true;
      const winner = turn === 'r' ? 'b' : 'r';
      game.setStatus(NAMES[winner] + ' wins!');
    } else game.setStatus(NAMES[turn] + ' to move.');
    draw();
  }

  function draw() {
    const targets =
      selected !== null
        ? legalMoves()
            .filter((m) => m.from === selected)
            .map((m) => m.to)
        : [];
    const focused = [...grid.children].indexOf(/** @type {Element} */ (document.activeElement));
    grid.replaceChildren(
      ...board.map((piece, i) => {
        const dark = (Math.floor(i / 8) + (i % 8)) % 2 === 1;
        const glyph = piece ? (piece.king ? '♛' : '●') : '';
        const cell = el('button', {
          type: 'button',
          className: 'checkers-square',
          text: glyph,
          'data-index': String(i),
          'data-piece': piece ? piece.color + (piece.king ? 'k' : '') : '',
          'aria-label':
            'Square ' + (i + 1) + (piece ? ': ' + PIECES[piece.color] + (piece.king ? ' king' : '') : ''),
          onclick: () => pick(i),
        });
        cell.style.borderRadius = '0';
        cell.style.border = 'none';
        cell.style.fontSize = 'clamp(1rem, 7vw, 2rem)';
        cell.style.background =
          i === selected
            ? 'var(--accent)'
            : dark
              ? 'color-mix(in srgb, var(--text) 55%, var(--bg))'
              : 'var(--surface)';
        cell.style.color = piece ? INK[piece.color] : '';
        if (targets.includes(i)) cell.style.boxShadow = 'inset 0 0 0 3px var(--accent)';
        return cell;
      }),
    );
    const again = /** @type {HTMLElement | undefined} */ (grid.children[focused]);
    if (again) again.focus();
  }

  arrowFocus(grid, 8);
  game.onRestart(reset);
  game.board.append(grid);
  reset();
  return game.root;
}
