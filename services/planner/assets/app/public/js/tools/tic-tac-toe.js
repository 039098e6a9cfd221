// @ts-check
// Tic-tac-toe against the computer: perfect play on hard, some mistakes on easier levels.
import { arrowFocus, createGame } from './game-kit.js';
import { sideNames } from './game-sides.js';
import { el } from '../dom.js';

const LINES = [
  [0, 1, 2],
  [3, 4, 5],
  [6, 7, 8],
  [0, 3, 6],
  [1, 4, 7],
  [2, 5, 8],
  [0, 4, 8],
  [2, 4, 6],
];

/** @param {string[]} b */
function winner(b) {
  const line = LINES.find(([x, y, z]) => b[x] && b[x] === b[y] && b[x] === b[z]);
  return line ? b[line[0]] : b.every(Boolean) ? 'draw' : '';
}

/** Minimax score for O to move next when `turn` plays. @param {string[]} b @param {string} turn @returns {number} */
function minimax(b, turn) {
  const w = winner(b);
  if (w === 'O') return 1;
  if (w === 'X') return -1;
  if (w === 'draw') return 0;
  const scores = b.flatMap((v, i) => {
    if (v) return [];
    const next = b.slice();
    next[i] = turn;
    return [minimax(next, turn === 'O' ? 'X' : 'O')];
  });
  return turn === 'O' ? Math.max(...scores) : Math.min(...scores);
}

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const twoPlayers = section.options?.players === 2;
  // X and O, or the players' names with them ("Sam (X)").
  const [x, o] = sideNames(section.options || {}, ['X', 'O']);
  /** @type {Record<string, string>} */
  const NAMES = { X: x.name, O: o.name };
  // Two people take turns at one screen; alone, a person plays X against the computer's O.
  const game = createGame(section, ctx, {
    id: 'tic-tac-toe',
    scoreLabel: twoPlayers ? x.name + ' score' : 'Your score',
    levels: !twoPlayers,
    keepsBest: !twoPlayers,
  });
  if (twoPlayers) game.sides(['X', 'O']);
  const showTurn = twoPlayers ? game.stat('Turn', x.name) : () => {};
  // Both sides' rounds won, as a score: the other player's, or the computer's.
  const showO = game.stat(twoPlayers ? o.name + ' score' : 'Computer', 0);
  let oWins = 0;
  const MISTAKES = { easy: 0.6, normal: 0.25, hard: 0 };
  const grid = el('div', { className: 'game-grid ttt-board', role: 'grid', 'aria-label': 'Tic-tac-toe' });
  grid.style.gridTemplateColumns = 'repeat(3, 1fr)';
  grid.style.maxWidth = '300px';
  /** @type {string[]} */
  let board = [];
  let over = false;
  let wins = 0;
  let turn = 'X';

  function reset() {
    board = Array(9).fill('');
    over = false;
    turn = 'X';
    showTurn(NAMES[turn]);
    // A new round keeps the tally of rounds won.
    game.setScore(wins);
    game.setStatus(
      twoPlayers
        ? x.name + ' goes first. Click a square or press 1–9.'
        : 'You are X. Click a square or press 1–9.',
    );
    draw();
  }

  function computer() {
    const open = board.map((v, i) => (v ? -1 : i)).filter((i) => i >= 0);
    if (Math.random() < MISTAKES[game.level]) return open[Math.floor(Math.random() * open.length)];
    let best = open[0];
    let bestScore = -2;
    for (const i of open) {
      const next = board.slice();
      next[i] = 'O';
      const s = minimax(next, 'X');
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best;
  }

  function settle() {
    const w = winner(board);
    if (!w) return false;
    over = true;
    if (twoPlayers) {
      if (w === 'X') game.setScore(++wins);
      if (w === 'O') showO(++oWins);
      game.setStatus(w === 'draw' ? 'A draw.' : NAMES[w] + ' wins!');
    } else if (w === 'X') {
      wins++;
      game.setScore(wins);
      void game.finish(wins);
      game.setStatus('You win!');
    } else {
      if (w === 'O') showO(++oWins);
      game.setStatus(w === 'O' ? 'The computer wins.' : 'A draw.');
    }
    return true;
  }

  /** @param {number} i */
  function play(i) {
    if (over || board[i]) return;
    if (twoPlayers) {
      board[i] = turn;
      turn = turn === 'X' ? 'O' : 'X';
      showTurn(NAMES[turn]);
      if (!settle()) game.setStatus(NAMES[turn] + ' to move.');
      return draw();
    }
    board[i] = 'X';
    if (!settle()) {
      board[computer()] = 'O';
      settle();
    }
    draw();
  }

  function draw() {
    const focused = [...grid.children].indexOf(/** @type {Element} */ (document.activeElement));
    grid.replaceChildren(
      ...board.map((v, i) =>
        el('button', {
          type: 'button',
          className: 'secondary',
          text: v,
          'data-index': String(i),
          'aria-label': 'Square ' + (i + 1) + (v ? ': ' + v : ''),
          onclick: () => play(i),
        }),
      ),
    );
    const again = /** @type {HTMLElement | undefined} */ (grid.children[focused]);
    if (again) again.focus();
  }

  game.onKey((e) => {
    if (/^[1-9]$/.test(e.key)) {
      e.preventDefault();
      play(Number(e.key) - 1);
    }
  });
  arrowFocus(grid, 3);
  game.onRestart(reset);
  game.board.append(grid);
  reset();
  return game.root;
}
