// @ts-check
// A stopwatch to the hundredth of a second, with lap times (each lap's split and the running total).
import { el } from '../dom.js';
import { button, clockFace, pad2, ticker, timerRoot } from './timer-kit.js';

/** mm:ss.cc @param {number} ms */
function hundredths(ms) {
  const cs = Math.floor(ms / 10);
  return pad2(Math.floor(cs / 6000)) + ':' + pad2(Math.floor(cs / 100) % 60) + '.' + pad2(cs % 100);
}

/** @param {any} _section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(_section, ctx) {
  const state = { startedAt: 0, elapsed: 0, /** @type {{ total: number, split: number }[]} */ laps: [] };
  const tick = ticker(ctx);
  const face = clockFace(hundredths(0));
  const laps = el('ol', { className: 'laps' });
  const noLaps = el('p', { className: 'empty', text: 'No laps yet. Press Lap while the stopwatch runs.' });
  const now = () => state.elapsed + (state.startedAt ? Date.now() - state.startedAt : 0);
  const show = () => (face.textContent = hundredths(now()));
  const showLaps = () => {
    laps.replaceChildren(
      ...state.laps.map((lap, i) =>
        el('li', {
          text: 'Lap ' + (i + 1) + ': ' + hundredths(lap.split) + ' (total ' + hundredths(lap.total) + ')',
        }),
      ),
    );
    noLaps.hidden = state.laps.length > 0;
  };
  const toggle = button('Start', () => {
    if (state.startedAt) {
      state.elapsed = now();
      state.startedAt = 0;
      tick.stop();
      toggle.textContent = 'Start';
    } else {
      state.startedAt = Date.now();
      tick.start(show, 31);
      toggle.textContent = 'Stop';
    }
    show();
  });
  const lap = () => {
    const total = now();
    if (!total) return;
    const previous = state.laps.length ? state.laps[state.laps.length - 1].total : 0;
    state.laps.push({ total, split: total - previous });
    showLaps();
  };
  const reset = () => {
    tick.stop();
    Object.assign(state, { startedAt: 0, elapsed: 0, laps: [] });
    toggle.textContent = 'Start';
    show();
    showLaps();
  };
  showLaps();
  return timerRoot('stopwatch', [
    face,
    el('div', { className: 'actions' }, [toggle, button('Lap', lap, true), button('Reset', reset, true)]),
    el('h3', { text: 'Lap times' }),
    laps,
    noLaps,
  ]);
}
