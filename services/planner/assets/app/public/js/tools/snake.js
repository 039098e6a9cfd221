// @ts-check
// Snake: eat the apples, grow, and keep clear of the walls and your own tail.
import { createGame, direction, gameCanvas, numberOption, themeColors, touchPad } from './game-kit.js';

const SPEEDS = { easy: 160, normal: 110, hard: 70 };

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'snake', pausable: true, levels: true });
  const size = numberOption(game.options.size, 16, 8, 30);
  const speed = () => SPEEDS[game.level];
  const cell = Math.floor(400 / size);
  const canvas = gameCanvas(cell * size, cell * size, 'Snake board');
  const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  /** @type {{ x: number, y: number }[]} */
  let body = [];
  let heading = { x: 1, y: 0 };
  /** @type {{ x: number, y: number }[]} */
  let turns = [];
  let apple = { x: 0, y: 0 };
  let over = false;

  function placeApple() {
    const free = [];
    for (let x = 0; x < size; x++)
      for (let y = 0; y < size; y++) if (!body.some((p) => p.x === x && p.y === y)) free.push({ x, y });
    apple = free[Math.floor(Math.random() * free.length)] || { x: 0, y: 0 };
  }

  function reset() {
    const mid = Math.floor(size / 2);
    body = [
      { x: mid, y: mid },
      { x: mid - 1, y: mid },
      { x: mid - 2, y: mid },
    ];
    heading = { x: 1, y: 0 };
    turns = [];
    over = false;
    placeApple();
    draw();
    game.setStatus('Arrow keys, WASD or the buttons to steer.');
  }

  function step() {
    if (over || game.paused) return;
    const turn = turns.shift();
    if (turn) heading = turn;
    const head = { x: body[0].x + heading.x, y: body[0].y + heading.y };
    const hit =
      head.x < 0 ||
      head.y < 0 ||
      head.x >= size ||
      head.y >= size ||
      body.some((p) => p.x === head.x && p.y === head.y);
    if (hit) {
      over = true;
      game.setStatus('Game over: ' + game.score + ' apples. Restart to play again.');
      void game.finish(game.score);
      draw();
      return;
    }
    body.unshift(head);
    if (head.x === apple.x && head.y === apple.y) {
      game.setScore(game.score + 1);
      placeApple();
    } else body.pop();
    draw();
  }

  function draw() {
    const c = themeColors(game.options);
    g.fillStyle = c.bg;
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = c.muted;
    g.beginPath();
    g.arc(apple.x * cell + cell / 2, apple.y * cell + cell / 2, cell * 0.4, 0, Math.PI * 2);
    g.fill();
    body.forEach((p, i) => {
      g.fillStyle = i === 0 ? c.text : c.accent;
      g.fillRect(p.x * cell + 1, p.y * cell + 1, cell - 2, cell - 2);
    });
  }

  game.onKey((e) => {
    const dir = direction(e.key);
    if (!dir) return;
    e.preventDefault();
    const next = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } }[
      dir
    ];
    const last = turns[turns.length - 1] || heading;
    if (last.x + next.x === 0 && last.y + next.y === 0) return;
    if (turns.length < 3) turns.push(next);
  });
  game.onRestart(reset);
  game.board.append(
    canvas,
    touchPad(game.root, [
      ['Up', 'ArrowUp'],
      ['Left', 'ArrowLeft'],
      ['Down', 'ArrowDown'],
      ['Right', 'ArrowRight'],
    ]),
  );
  // The pace follows the difficulty picker; a change restarts the game, so the next tick takes it.
  let sinceStep = 0;
  game.frames((dt) => {
    sinceStep += dt * 1000;
    if (sinceStep < speed()) return;
    sinceStep = 0;
    step();
  });
  reset();
  return game.root;
}
