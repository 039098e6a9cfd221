// @ts-check
// Space invaders: shoot the marching rows before they land.
import { createGame, gameCanvas, themeColors, touchPad } from './game-kit.js';

const W = 480;
const H = 360;
const MARCH = { easy: 25, normal: 40, hard: 60 };

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'space-invaders', pausable: true, levels: true });
  const showWave = game.stat('Wave', 1);
  const showLives = game.stat('Lives', 3);
  let march = MARCH[game.level];
  const canvas = gameCanvas(W, H, 'Space invaders');
  const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const ship = { x: W / 2, w: 30 };
  /** @type {{ x: number, y: number, alive: boolean }[]} */
  let aliens = [];
  /** @type {{ x: number, y: number, vy: number }[]} */
  let shots = [];
  let dirX = 1;
  let wave = 1;
  let lives = 3;
  let over = false;
  let cooldown = 0;
  /** @type {Record<string, boolean>} */
  const held = {};

  function fillWave() {
    aliens = [];
    for (let r = 0; r < 4; r++)
      for (let c = 0; c < 8; c++) aliens.push({ x: 40 + c * 45, y: 30 + r * 30, alive: true });
    shots = [];
    dirX = 1;
  }

  function reset() {
    wave = 1;
    lives = 3;
    showWave(wave);
    showLives(lives);
    march = MARCH[game.level];
    over = false;
    ship.x = W / 2;
    fillWave();
    game.setStatus('Left/right to move, Space to fire.');
  }

  function fire() {
    if (over || cooldown > 0) return;
    shots.push({ x: ship.x, y: H - 40, vy: -420 });
    cooldown = 0.35;
  }

  function end(text) {
    over = true;
    game.setStatus(text);
    void game.finish(game.score);
  }

  /** @param {number} dt */
  function step(dt) {
    if (over) return draw();
    cooldown = Math.max(0, cooldown - dt);
    if (held.left) ship.x -= 260 * dt;
    if (held.right) ship.x += 260 * dt;
    ship.x = Math.max(ship.w / 2, Math.min(W - ship.w / 2, ship.x));
    const alive = aliens.filter((a) => a.alive);
    const speed = march * (1 + wave * 0.25) * (1 + (32 - alive.length) / 16);
    const edge = alive.some((a) => (dirX > 0 ? a.x > W - 30 : a.x < 10));
    if (edge) {
      dirX = -dirX;
      alive.forEach((a) => (a.y += 14));
    } else alive.forEach((a) => (a.x += dirX * speed * dt));
    if (Math.random() < dt * (0.8 + wave * 0.3) && alive.length) {
      const shooter = alive[Math.floor(Math.random() * alive.length)];
      shots.push({ x: shooter.x + 10, y: shooter.y + 16, vy: 200 });
    }
    shots.forEach((s) => (s.y += s.vy * dt));
    for (const s of shots) {
      if (s.vy < 0) {
        const hit = alive.find((a) => a.alive && s.x > a.x && s.x < a.x + 22 && s.y > a.y && s.y < a.y + 16);
        if (hit) {
          hit.alive = false;
          s.y = -100;
          game.setScore(game.score + 10 * wave);
        }
      } else if (s.y > H - 40 && s.y < H - 20 && Math.abs(s.x - ship.x) < ship.w / 2) {
        s.y = H + 100;
        lives--;
        showLives(lives);
        game.setStatus(lives === 1 ? 'Last life!' : 'Hit! Lost a life.');
        if (lives <= 0) return end('Game over: ' + game.score + ' points.');
      }
    }
    shots = shots.filter((s) => s.y > -20 && s.y < H + 20);
    if (alive.some((a) => a.alive && a.y > H - 60))
      return end('They landed. Game over: ' + game.score + ' points.');
    if (aliens.every((a) => !a.alive)) {
      wave++;
      showWave(wave);
      game.setStatus('Wave ' + wave + '!');
      fillWave();
    }
    draw();
  }

  function draw() {
    const c = themeColors(game.options);
    g.fillStyle = c.bg;
    g.fillRect(0, 0, W, H);
    g.fillStyle = c.accent;
    aliens.forEach((a) => {
      if (!a.alive) return;
      g.fillRect(a.x, a.y, 22, 12);
      g.fillRect(a.x + 3, a.y + 12, 4, 4);
      g.fillRect(a.x + 15, a.y + 12, 4, 4);
    });
    g.fillStyle = c.text;
    g.fillRect(ship.x - ship.w / 2, H - 30, ship.w, 10);
    g.fillRect(ship.x - 3, H - 38, 6, 8);
    shots.forEach((s) => {
      g.fillStyle = s.vy < 0 ? c.text : c.muted;
      g.fillRect(s.x - 1.5, s.y, 3, 10);
    });
  }

  const sides = { ArrowLeft: 'left', a: 'left', ArrowRight: 'right', d: 'right' };
  game.onKey((e) => {
    const side = sides[/** @type {keyof typeof sides} */ (e.key)];
    if (side) {
      e.preventDefault();
      if (e.isTrusted) held[side] = true;
      else ship.x += side === 'left' ? -30 : 30;
    } else if (e.key === ' ' || e.key === 'ArrowUp') {
      e.preventDefault();
      fire();
    }
  });
  game.root.addEventListener('keyup', (e) => {
    const side = sides[/** @type {keyof typeof sides} */ (e.key)];
    if (side) held[side] = false;
  });
  canvas.addEventListener('pointerdown', (e) => {
    const rect = canvas.getBoundingClientRect();
    ship.x = ((e.clientX - rect.left) / rect.width) * W;
    fire();
  });
  game.onRestart(reset);
  game.board.append(
    canvas,
    touchPad(game.root, [
      ['Left', 'ArrowLeft'],
      ['Fire', ' '],
      ['Right', 'ArrowRight'],
    ]),
  );
  reset();
  game.frames(step);
  return game.root;
}
