// @ts-check
// Falling blocks: steer and turn the pieces; a full row clears and scores; every ten rows a level, faster.
import { createGame, gameCanvas, themeColors, touchPad } from './game-kit.js';

const COLS = 10;
const ROWS = 20;
const CELL = 20;
const PIECES = [
  [[1, 1, 1, 1]],
  [
    [1, 1],
    [1, 1],
  ],
  [
    [0, 1, 0],
    [1, 1, 1],
  ],
  [
    [1, 0, 0],
    [1, 1, 1],
  ],
  [
    [0, 0, 1],
    [1, 1, 1],
  ],
  [
    [1, 1, 0],
    [0, 1, 1],
  ],
  [
    [0, 1, 1],
    [1, 1, 0],
  ],
];
/** Each piece's letter, as players call them: the next one is named in the bar. */
const PIECE_NAMES = ['I', 'O', 'T', 'J', 'L', 'Z', 'S'];
const DROP_MS = { easy: 700, normal: 500, hard: 300 };
const LINE_POINTS = [0, 100, 300, 500, 800];
const LINES_PER_LEVEL = 10;

/** @param {number[][]} shape */
const rotate = (shape) => shape[0].map((_, c) => shape.map((row) => row[c]).reverse());

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'falling-blocks', pausable: true, levels: true });
  const showLevel = game.stat('Level', 1);
  const showLines = game.stat('Lines', 0);
  const randomPiece = () => Math.floor(Math.random() * PIECES.length);
  let nextPiece = randomPiece();
  const showNext = game.stat('Next', PIECE_NAMES[nextPiece]);
  const canvas = gameCanvas(COLS * CELL, ROWS * CELL, 'Falling blocks well');
  canvas.style.maxWidth = '240px';
  const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  /** @type {number[][]} */
  let well = [];
  let piece = { shape: PIECES[0], x: 0, y: 0 };
  let over = false;
  let lines = 0;
  let sinceDrop = 0;
  const level = () => 1 + Math.floor(lines / LINES_PER_LEVEL);
  // Each level drops a sixth faster than the one before, from the chosen difficulty's pace.
  const dropMs = () => Math.max(80, DROP_MS[game.level] * Math.pow(5 / 6, level() - 1));

  /** @param {number[][]} shape @param {number} x @param {number} y */
  function fits(shape, x, y) {
    return shape.every((row, r) =>
      row.every(
        (v, c) => !v || (x + c >= 0 && x + c < COLS && y + r < ROWS && (y + r < 0 || !well[y + r][x + c])),
      ),
    );
  }

  function spawn() {
    const shape = PIECES[nextPiece];
    nextPiece = randomPiece();
    showNext(PIECE_NAMES[nextPiece]);
    piece = { shape, x: Math.floor((COLS - shape[0].length) / 2), y: 0 };
    if (!fits(shape, piece.x, piece.y)) {
      over = true;
      game.setStatus('Game over: ' + game.score + ' points, ' + lines + ' lines, level ' + level() + '.');
      void game.finish(game.score);
    }
  }

  function reset() {
    well = Array.from({ length: ROWS }, () => Array(COLS).fill(0));
    over = false;
    lines = 0;
    showLevel(1);
    showLines(0);
    spawn();
    draw();
  }

  function lock() {
    piece.shape.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v && piece.y + r >= 0) well[piece.y + r][piece.x + c] = 1;
      }),
    );
    const kept = well.filter((row) => row.some((v) => !v));
    const cleared = ROWS - kept.length;
    while (kept.length < ROWS) kept.unshift(Array(COLS).fill(0));
    well = kept;
    // Points grow with the level the rows were cleared on, so a later row is worth more.
    if (cleared) game.setScore(game.score + LINE_POINTS[cleared] * level());
    lines += cleared;
    showLevel(level());
    showLines(lines);
    spawn();
  }

  function fall() {
    if (over || game.paused) return;
    if (fits(piece.shape, piece.x, piece.y + 1)) piece.y++;
    else lock();
    draw();
  }

  function draw() {
    const c = themeColors(game.options);
    g.fillStyle = c.bg;
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = c.muted;
    well.forEach((row, r) =>
      row.forEach((v, col) => v && g.fillRect(col * CELL + 1, r * CELL + 1, CELL - 2, CELL - 2)),
    );
    g.fillStyle = c.accent;
    piece.shape.forEach((row, r) =>
      row.forEach(
        (v, col) => v && g.fillRect((piece.x + col) * CELL + 1, (piece.y + r) * CELL + 1, CELL - 2, CELL - 2),
      ),
    );
  }

  game.onKey((e) => {
    if (over || game.paused) return;
    const k = e.key;
    if (k === 'ArrowLeft' || k === 'a') {
      if (fits(piece.shape, piece.x - 1, piece.y)) piece.x--;
    } else if (k === 'ArrowRight' || k === 'd') {
      if (fits(piece.shape, piece.x + 1, piece.y)) piece.x++;
    } else if (k === 'ArrowUp' || k === 'w' || k === 'x') {
      const turned = rotate(piece.shape);
      const kick = [0, -1, 1, -2, 2].find((dx) => fits(turned, piece.x + dx, piece.y));
      if (kick !== undefined) piece = { shape: turned, x: piece.x + kick, y: piece.y };
    } else if (k === 'ArrowDown' || k === 's') {
      fall();
    } else if (k === ' ') {
      while (fits(piece.shape, piece.x, piece.y + 1)) piece.y++;
      lock();
    } else return;
    e.preventDefault();
    draw();
  });
  game.onRestart(reset);
  game.board.append(
    canvas,
    touchPad(game.root, [
      ['Left', 'ArrowLeft'],
      ['Turn', 'ArrowUp'],
      ['Down', 'ArrowDown'],
      ['Right', 'ArrowRight'],
      ['Drop', ' '],
    ]),
  );
  game.setStatus('Arrows move and turn, Space drops, P pauses.');
  game.frames((dt) => {
    sinceDrop += dt * 1000;
    if (sinceDrop < dropMs()) return;
    sinceDrop = 0;
    fall();
  });
  reset();
  return game.root;
}
