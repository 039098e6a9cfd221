// @ts-check
// A flappy-style game: flap through the gaps between the pipes.
import { createGame, gameCanvas, themeColors, touchPad } from './game-kit.js';

const W = 360;
const H = 480;
const GAP = { easy: 170, normal: 140, hard: 115 };

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'flappy', pausable: true, levels: true });
  let gap = GAP[game.level];
  const canvas = gameCanvas(W, H, 'Flappy game');
  canvas.style.maxWidth = '320px';
  const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const bird = { x: 80, y: H / 2, vy: 0, r: 12 };
  /** @type {{ x: number, top: number, passed: boolean }[]} */
  let pipes = [];
  let started = false;
  let over = false;
  let untilPipe = 0;

  function reset() {
    bird.y = H / 2;
    bird.vy = 0;
    pipes = [];
    started = false;
    over = false;
    untilPipe = 0;
    gap = GAP[game.level];
    game.setStatus('Space, Up or a tap to flap.');
    draw();
  }

  function flap() {
    if (over || game.paused) return;
    started = true;
    bird.vy = -300;
  }

  /** @param {number} dt */
  function step(dt) {
    if (!started || over) return draw();
    bird.vy += 900 * dt;
    bird.y += bird.vy * dt;
    untilPipe -= dt;
    if (untilPipe <= 0) {
      pipes.push({ x: W, top: 40 + Math.random() * (H - gap - 80), passed: false });
      untilPipe = 1.6;
    }
    pipes.forEach((p) => (p.x -= 150 * dt));
    pipes = pipes.filter((p) => p.x > -60);
    for (const p of pipes) {
      if (!p.passed && p.x + 50 < bird.x) {
        p.passed = true;
        game.setScore(game.score + 1);
      }
      const inColumn = bird.x + bird.r > p.x && bird.x - bird.r < p.x + 50;
      if (inColumn && (bird.y - bird.r < p.top || bird.y + bird.r > p.top + gap)) over = true;
    }
    if (bird.y + bird.r > H || bird.y < -40) over = true;
    if (over) {
      game.setStatus('Crashed: ' + game.score + ' pipes. Restart to fly again.');
      void game.finish(game.score);
    }
    draw();
  }

  function draw() {
    const c = themeColors(game.options);
    g.fillStyle = c.bg;
    g.fillRect(0, 0, W, H);
    g.fillStyle = c.accent;
    pipes.forEach((p) => {
      g.fillRect(p.x, 0, 50, p.top);
      g.fillRect(p.x, p.top + gap, 50, H - p.top - gap);
    });
    g.fillStyle = c.text;
    g.beginPath();
    g.arc(bird.x, bird.y, bird.r, 0, Math.PI * 2);
    g.fill();
  }

  game.onKey((e) => {
    if (e.key === ' ' || e.key === 'ArrowUp' || e.key === 'w') {
      e.preventDefault();
      flap();
    }
  });
  canvas.addEventListener('pointerdown', flap);
  game.onRestart(reset);
  // A button too, for a keyboard's Tab and Enter: a flap is always one press away.
  game.board.append(canvas, touchPad(game.root, [['Flap', ' ']]));
  reset();
  game.frames(step);
  return game.root;
}
