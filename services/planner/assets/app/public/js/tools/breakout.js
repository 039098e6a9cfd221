// @ts-check
// Breakout: keep the ball in play with the paddle and break every brick; each wall cleared is a new level
// with a faster ball.
import { createGame, gameCanvas, numberOption, themeColors, touchPad } from './game-kit.js';

const W = 480;
const H = 360;
const SPEED = { easy: 220, normal: 300, hard: 380 };

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'breakout', pausable: true, levels: true });
  const showLives = game.stat('Lives', 3);
  const showLevel = game.stat('Level', 1);
  let speed = SPEED[game.level];
  const rows = numberOption(game.options.rows, 5, 2, 8);
  const cols = 8;
  const canvas = gameCanvas(W, H, 'Breakout');
  const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const paddle = { x: W / 2 - 40, w: 80, h: 10 };
  const ball = { x: 0, y: 0, vx: 0, vy: 0, r: 6, stuck: true };
  /** @type {{ x: number, y: number, w: number, h: number, alive: boolean }[]} */
  let bricks = [];
  let lives = 3;
  let level = 1;
  let over = false;
  /** @type {Record<string, boolean>} */
  const held = {};

  function serve() {
    ball.stuck = true;
    ball.x = paddle.x + paddle.w / 2;
    ball.y = H - 30 - ball.r;
  }

  function buildWall() {
    const bw = (W - 20) / cols;
    bricks = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++)
        bricks.push({ x: 10 + c * bw, y: 30 + r * 20, w: bw - 4, h: 14, alive: true });
  }

  function reset() {
    buildWall();
    level = 1;
    showLevel(level);
    lives = 3;
    showLives(lives);
    speed = SPEED[game.level];
    over = false;
    paddle.x = W / 2 - paddle.w / 2;
    serve();
    game.setStatus('Left/right or drag to move, Space or tap to launch.');
  }

  function launch() {
    if (!ball.stuck || over) return;
    ball.stuck = false;
    ball.vx = speed * 0.6 * (Math.random() < 0.5 ? -1 : 1);
    ball.vy = -speed * 0.8;
  }

  function end(text) {
    over = true;
    game.setStatus(text);
    void game.finish(game.score);
  }

  /** @param {number} dt */
  function step(dt) {
    if (over) return draw();
    if (held.left) paddle.x -= 420 * dt;
    if (held.right) paddle.x += 420 * dt;
    paddle.x = Math.max(0, Math.min(W - paddle.w, paddle.x));
    if (ball.stuck) {
      ball.x = paddle.x + paddle.w / 2;
      return draw();
    }
    ball.x += ball.vx * dt;
    ball.y += ball.vy * dt;
    if (ball.x < ball.r || ball.x > W - ball.r) ball.vx = -ball.vx;
    ball.x = Math.max(ball.r, Math.min(W - ball.r, ball.x));
    if (ball.y < ball.r) ball.vy = Math.abs(ball.vy);
    const top = H - 30;
    if (
      ball.vy > 0 &&
      ball.y + ball.r >= top &&
      ball.y < top + paddle.h &&
      ball.x > paddle.x - ball.r &&
      ball.x < paddle.x + paddle.w + ball.r
    ) {
      const hit = (ball.x - (paddle.x + paddle.w / 2)) / (paddle.w / 2);
      ball.vx = speed * hit;
      ball.vy = -Math.sqrt(Math.max(speed * speed - ball.vx * ball.vx, speed * speed * 0.3));
    }
    for (const b of bricks) {
      if (!b.alive) continue;
      if (
        ball.x > b.x - ball.r &&
        ball.x < b.x + b.w + ball.r &&
        ball.y > b.y - ball.r &&
        ball.y < b.y + b.h + ball.r
      ) {
        b.alive = false;
        ball.vy = -ball.vy;
        game.setScore(game.score + 10);
        break;
      }
    }
    if (bricks.every((b) => !b.alive)) {
      level++;
      showLevel(level);
      speed *= 1.15;
      buildWall();
      serve();
      game.setStatus('Level ' + level + ': a new wall, and the ball is faster.');
    }
    if (ball.y > H + ball.r) {
      lives--;
      showLives(lives);
      if (lives <= 0) end('Game over: ' + game.score + ' points.');
      else {
        game.setStatus(lives === 1 ? 'Last life!' : 'Lost a life.');
        serve();
      }
    }
    draw();
  }

  function draw() {
    const c = themeColors(game.options);
    g.fillStyle = c.bg;
    g.fillRect(0, 0, W, H);
    g.fillStyle = c.accent;
    bricks.forEach((b) => b.alive && g.fillRect(b.x, b.y, b.w, b.h));
    g.fillStyle = c.text;
    g.fillRect(paddle.x, H - 30, paddle.w, paddle.h);
    g.beginPath();
    g.arc(ball.x, ball.y, ball.r, 0, Math.PI * 2);
    g.fill();
  }

  const sides = { ArrowLeft: 'left', a: 'left', ArrowRight: 'right', d: 'right' };
  game.onKey((e) => {
    const side = sides[/** @type {keyof typeof sides} */ (e.key)];
    if (side) {
      // The touch pad sends one key per press: move a step; a held key keeps moving until keyup.
      held[side] = true;
      if (!e.isTrusted) {
        paddle.x += side === 'left' ? -40 : 40;
        held[side] = false;
      }
      e.preventDefault();
    } else if (e.key === ' ' || e.key === 'ArrowUp') {
      launch();
      e.preventDefault();
    }
  });
  game.root.addEventListener('keyup', (e) => {
    const side = sides[/** @type {keyof typeof sides} */ (e.key)];
    if (side) held[side] = false;
  });
  canvas.addEventListener('pointermove', (e) => {
    const rect = canvas.getBoundingClientRect();
    paddle.x = ((e.clientX - rect.left) / rect.width) * W - paddle.w / 2;
  });
  canvas.addEventListener('pointerdown', launch);
  game.onRestart(reset);
  game.board.append(
    canvas,
    touchPad(game.root, [
      ['Left', 'ArrowLeft'],
      ['Launch', ' '],
      ['Right', 'ArrowRight'],
    ]),
  );
  reset();
  game.frames(step);
  draw();
  return game.root;
}
