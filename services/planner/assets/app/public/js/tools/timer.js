// @ts-check
// A countdown timer of a number of minutes the person can change; it beeps and says so when time is up.
import { el } from '../dom.js';
import { labelled, input } from './tool-fields.js';
import { beep, button, clockFace, minutesOption, mmss, ticker, timerRoot } from './timer-kit.js';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const start = minutesOption(section.options?.minutes, 5);
  const minutes = input({ type: 'number', min: 1, max: 600, value: String(start), inputmode: 'numeric' });
  const face = clockFace(mmss(start * 60000));
  const done = el('p', { className: 'timer-done', text: 'Time is up!', hidden: true });
  const tick = ticker(ctx);
  const state = { left: 0, endsAt: 0 };
  const total = () => Math.max(1, Number(minutes.value) || 1) * 60000;
  const show = () => (face.textContent = mmss(state.left));
  const step = () => {
    state.left = state.endsAt - Date.now();
    if (state.left <= 0) {
      state.left = 0;
      tick.stop();
      done.hidden = false;
      beep();
    }
    show();
  };
  const run = () => {
    if (tick.running()) return;
    if (state.left <= 0) state.left = total();
    done.hidden = true;
    state.endsAt = Date.now() + state.left;
    tick.start(step, 250);
  };
  const pause = () => {
    if (!tick.running()) return;
    tick.stop();
    state.left = state.endsAt - Date.now();
    show();
  };
  const reset = () => {
    tick.stop();
    state.left = total();
    done.hidden = true;
    show();
  };
  minutes.addEventListener('change', () => {
    if (!tick.running()) reset();
  });
  state.left = total();
  return timerRoot('countdown-timer', [
    labelled('Minutes', minutes).wrap,
    face,
    el('div', { className: 'actions' }, [
      button('Start', run),
      button('Pause', pause, true),
      button('Reset', reset, true),
    ]),
    done,
  ]);
}
