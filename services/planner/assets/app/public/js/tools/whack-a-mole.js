// @ts-check
// Whack-a-mole: hit the moles as they pop up before the round's time runs out.
import { createGame, numberOption } from './game-kit.js';
import { el } from '../dom.js';

const STAY_MS = { easy: 1100, normal: 800, hard: 550 };

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'whack-a-mole', pausable: true, levels: true });
  const stay = () => STAY_MS[game.level];
  const seconds = numberOption(game.options.seconds, 30, 10, 120);
  const grid = el('div', { className: 'game-grid mole-grid', role: 'grid', 'aria-label': 'Mole holes' });
  grid.style.gridTemplateColumns = 'repeat(3, 1fr)';
  grid.style.maxWidth = '320px';
  const clock = el('p', { className: 'muted mole-clock' });
  let mole = -1;
  let left = 0;
  let running = false;
  let shownAt = 0;

  function reset() {
    mole = -1;
    left = seconds * 10;
    running = false;
    game.setStatus('Press Start, then hit the moles: click them or press 1–9.');
    draw();
  }

  function start() {
    if (running) return;
    if (left <= 0) game.restart();
    running = true;
    popUp();
  }

  function popUp() {
    let next = mole;
    while (next === mole) next = Math.floor(Math.random() * 9);
    mole = next;
    shownAt = left;
    draw();
  }

  /** @param {number} i */
  function whack(i) {
    if (!running || game.paused) return;
    if (i === mole) {
      game.setScore(game.score + 1);
      popUp();
    }
  }

  game.every(() => {
    if (!running || game.paused) return;
    left--;
    if (left <= 0) {
      running = false;
      mole = -1;
      game.setStatus("Time's up: " + game.score + ' moles!');
      void game.finish(game.score);
    } else if ((shownAt - left) * 100 >= stay()) popUp();
    clock.textContent = Math.ceil(left / 10) + ' s left';
    if (!running) draw();
  }, 100);

  function draw() {
    clock.textContent = Math.ceil(left / 10) + ' s left';
    grid.replaceChildren(
      ...Array.from({ length: 9 }, (_, i) => {
        const cell = el('button', {
          type: 'button',
          className: i === mole ? 'mole-up' : 'secondary mole-hole',
          text: i === mole ? '🐹' : '',
          'data-index': String(i),
          'aria-label': 'Hole ' + (i + 1) + (i === mole ? ': mole!' : ''),
          onpointerdown: (/** @type {PointerEvent} */ e) => {
            e.preventDefault();
            whack(i);
          },
          onclick: (/** @type {MouseEvent} */ e) => {
            if (e.detail === 0) whack(i);
          },
        });
        cell.style.borderRadius = '50%';
        cell.style.fontSize = '2rem';
        return cell;
      }),
    );
  }

  game.onKey((e) => {
    if (/^[1-9]$/.test(e.key)) {
      e.preventDefault();
      whack(Number(e.key) - 1);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      start();
    }
  });
  game.onRestart(reset);
  game.board.append(
    grid,
    clock,
    el('button', { type: 'button', className: 'mole-start', text: 'Start', onclick: start }),
  );
  reset();
  return game.root;
}
