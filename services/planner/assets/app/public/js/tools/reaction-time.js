// @ts-check
// Reaction time: wait for the colour to change, then click or press Space as fast as you can. Best = fastest.
import { createGame } from './game-kit.js';
import { el } from '../dom.js';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, {
    id: 'reaction-time',
    lowerIsBetter: true,
    scoreLabel: 'Last',
    unit: 'ms',
  });
  const area = el('button', { type: 'button', className: 'reaction-area', 'data-state': 'idle' });
  area.style.width = '100%';
  area.style.maxWidth = '420px';
  area.style.minHeight = '180px';
  area.style.fontSize = '1.3rem';
  /** @typedef {'idle' | 'waiting' | 'go' | 'done'} State */
  /** @type {State} */
  let state = 'idle';
  let goAt = 0;
  /** @type {() => void} */
  let cancel = () => {};

  /** @param {State} next @param {string} text */
  function show(next, text) {
    state = next;
    area.setAttribute('data-state', next);
    area.textContent = text;
    area.style.background =
      next === 'go' ? 'var(--accent)' : next === 'waiting' ? 'var(--muted)' : 'var(--surface)';
    area.style.color = next === 'go' ? 'var(--accent-text, #fff)' : 'var(--text)';
  }

  function reset() {
    cancel();
    show('idle', 'Click here (or press Space), then wait for the colour');
  }

  function hit() {
    if (state === 'idle' || state === 'done') {
      show('waiting', 'Wait for the colour…');
      cancel = game.later(
        () => {
          goAt = performance.now();
          show('go', 'Now!');
        },
        1000 + Math.random() * 2000,
      );
    } else if (state === 'waiting') {
      cancel();
      show('done', 'Too soon! Click to try again.');
    } else {
      const ms = Math.round(performance.now() - goAt);
      game.setScore(ms);
      show('done', ms + ' ms. Click to go again.');
      void game.finish(ms);
    }
  }

  area.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    hit();
  });
  area.addEventListener('click', (e) => {
    if (e.detail === 0) hit();
  });
  game.onKey((e) => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      hit();
    }
  });
  game.onRestart(reset);
  game.board.append(area);
  reset();
  return game.root;
}
