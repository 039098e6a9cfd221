// @ts-check
// Pong against the computer, or for two on one keyboard (W/S and the arrow keys): first to the target wins.
import { createGame, gameCanvas, numberOption, themeColors, touchPad } from './game-kit.js';
import { sideNames } from './game-sides.js';

const W = 480;
const H = 320;
const PADDLE_H = 60;
const AI_SPEED = { easy: 150, normal: 230, hard: 330 };

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const twoPlayers = section.options?.players === 2;
  const [left, right] = sideNames(section.options || {}, ['Player 1', 'Player 2']);
  // The computer's speed is a choice only when there is a computer to play.
  const game = createGame(section, ctx, {
    id: 'pong',
    pausable: true,
    scoreLabel: twoPlayers ? left.name + ' score' : 'Your score',
    levels: !twoPlayers,
    keepsBest: !twoPlayers,
  });
  const showCpu = game.stat(twoPlayers ? right.name + ' score' : 'Computer', 0);
  let aiSpeed = AI_SPEED[game.level];
  const target = numberOption(game.options.target, 5, 1, 21);
  const canvas = gameCanvas(W, H, 'Pong court');
  const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const you = { y: H / 2 - PADDLE_H / 2 };
  const cpu = { y: H / 2 - PADDLE_H / 2, score: 0 };
  const ball = { x: W / 2, y: H / 2, vx: 0, vy: 0 };
  /** @type {Record<string, boolean>} */
  const held = {};
  let over = false;
  let wait = 0;

  function serve(toLeft) {
    ball.x = W / 2;
    ball.y = H / 2;
    ball.vx = (toLeft ? -1 : 1) * 240;
    ball.vy = (Math.random() * 2 - 1) * 160;
    wait = 0.8;
  }

  function reset() {
    cpu.score = 0;
    showCpu(0);
    aiSpeed = AI_SPEED[game.level];
    over = false;
    you.y = cpu.y = H / 2 - PADDLE_H / 2;
    serve(Math.random() < 0.5);
    game.setStatus(
      (twoPlayers ? left.name + ': W/S. ' + right.name + ': up/down. ' : 'Up/down, W/S or drag to move. ') +
        'First to ' +
        target +
        '.',
    );
  }

  /** @param {number} dt */
  function step(dt) {
    if (over) return draw();
    if (held.up) you.y -= 320 * dt;
    if (held.down) you.y += 320 * dt;
    if (twoPlayers) {
      if (held.up2) cpu.y -= 320 * dt;
      if (held.down2) cpu.y += 320 * dt;
    } else {
      const aim = ball.y - PADDLE_H / 2;
      cpu.y += Math.max(-aiSpeed * dt, Math.min(aiSpeed * dt, aim - cpu.y));
    }
    you.y = Math.max(0, Math.min(H - PADDLE_H, you.y));
    cpu.y = Math.max(0, Math.min(H - PADDLE_H, cpu.y));
    if (wait > 0) {
      wait -= dt;
      return draw();
    }
    // Bounces are found by crossing the paddle's face, so a fast ball or a slow frame cannot pass through.
    const fromX = ball.x;
    ball.x += ball.vx * dt;
    ball.y += ball.vy * dt;
    if (ball.y < 5 || ball.y > H - 5) ball.vy = -ball.vy;
    ball.y = Math.max(5, Math.min(H - 5, ball.y));
    if (ball.vx < 0 && fromX >= 25 && ball.x < 25 && ball.y > you.y && ball.y < you.y + PADDLE_H) {
      ball.vx = Math.min(600, -ball.vx * 1.06);
      ball.vy += ((ball.y - (you.y + PADDLE_H / 2)) / PADDLE_H) * 300;
    }
    if (ball.vx > 0 && fromX <= W - 25 && ball.x > W - 25 && ball.y > cpu.y && ball.y < cpu.y + PADDLE_H) {
      ball.vx = -Math.min(600, ball.vx * 1.06);
      ball.vy += ((ball.y - (cpu.y + PADDLE_H / 2)) / PADDLE_H) * 300;
    }
    if (ball.x < 0) {
      cpu.score++;
      showCpu(cpu.score);
      serve(false);
    } else if (ball.x > W) {
      game.setScore(game.score + 1);
      serve(true);
    }
    if (game.score >= target || cpu.score >= target) {
      over = true;
      game.setStatus(
        (game.score >= target
          ? twoPlayers
            ? left.name + ' wins '
            : 'You win '
          : twoPlayers
            ? right.name + ' wins '
            : 'The computer wins ') +
          game.score +
          '–' +
          cpu.score +
          '.',
      );
      if (!twoPlayers) void game.finish(game.score);
    }
    draw();
  }

  function draw() {
    const c = themeColors(game.options);
    g.fillStyle = c.bg;
    g.fillRect(0, 0, W, H);
    g.fillStyle = c.muted;
    for (let y = 0; y < H; y += 20) g.fillRect(W / 2 - 1, y, 2, 10);
    g.font = '28px sans-serif';
    g.textAlign = 'center';
    g.fillText(String(game.score), W / 2 - 40, 36);
    g.fillText(String(cpu.score), W / 2 + 40, 36);
    g.fillStyle = c.accent;
    g.fillRect(12, you.y, 8, PADDLE_H);
    g.fillStyle = c.text;
    g.fillRect(W - 20, cpu.y, 8, PADDLE_H);
    g.fillRect(ball.x - 5, ball.y - 5, 10, 10);
  }

  // Alone, both W/S and the arrows move your paddle; for two, the arrows move the right-hand one.
  const moves = twoPlayers
    ? { w: 'up', s: 'down', ArrowUp: 'up2', ArrowDown: 'down2' }
    : { ArrowUp: 'up', w: 'up', ArrowDown: 'down', s: 'down' };
  game.onKey((e) => {
    const dir = moves[/** @type {keyof typeof moves} */ (e.key)];
    if (!dir) return;
    e.preventDefault();
    if (e.isTrusted) held[dir] = true;
    else {
      const paddle = dir.endsWith('2') ? cpu : you;
      paddle.y += dir.startsWith('up') ? -40 : 40;
    }
  });
  game.root.addEventListener('keyup', (e) => {
    const dir = moves[/** @type {keyof typeof moves} */ (e.key)];
    if (dir) held[dir] = false;
  });
  canvas.addEventListener('pointermove', (e) => {
    const rect = canvas.getBoundingClientRect();
    you.y = ((e.clientY - rect.top) / rect.height) * H - PADDLE_H / 2;
  });
  game.onRestart(reset);
  game.board.append(
    canvas,
    touchPad(
      game.root,
      twoPlayers
        ? [
            [left.name + ' up', 'w'],
            [left.name + ' down', 's'],
            [right.name + ' up', 'ArrowUp'],
            [right.name + ' down', 'ArrowDown'],
          ]
        : [
            ['Up', 'ArrowUp'],
            ['Down', 'ArrowDown'],
          ],
    ),
  );
  reset();
  game.frames(step);
  return game.root;
}
