// @ts-check
// A pomodoro timer: work and break phases that follow each other, a count of finished work sessions, and
// the time left in the tab's title.
import { el } from '../dom.js';
import { beep, button, clockFace, minutesOption, mmss, ticker, timerRoot } from './timer-kit.js';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const work = minutesOption(section.options?.workMinutes, 25);
  const rest = minutesOption(section.options?.breakMinutes, 5);
  const length = { work: work * 60000, break: rest * 60000 };
  const state = {
    phase: /** @type {'work' | 'break'} */ ('work'),
    left: length.work,
    endsAt: 0,
    sessions: 0,
  };
  const tick = ticker(ctx);
  const phase = el('h3', { className: 'timer-phase' });
  const face = clockFace(mmss(length.work));
  const sessions = el('strong', { text: '0' });
  const skip = button(
    'Skip to break',
    () => {
      switchPhase();
      show();
    },
    true,
  );

  function show() {
    const name = state.phase === 'work' ? 'Work' : 'Break';
    face.textContent = mmss(state.left);
    phase.textContent = name;
    skip.textContent = state.phase === 'work' ? 'Skip to break' : 'Skip to work';
    sessions.textContent = String(state.sessions);
    document.title = mmss(state.left) + ' · ' + name;
  }
  function switchPhase() {
    if (state.phase === 'work') state.sessions += 1;
    state.phase = state.phase === 'work' ? 'break' : 'work';
    state.left = length[state.phase];
    if (tick.running()) state.endsAt = Date.now() + state.left;
  }
  function step() {
    state.left = state.endsAt - Date.now();
    if (state.left <= 0) {
      beep();
      switchPhase();
    }
    show();
  }
  const start = () => {
    if (tick.running()) return;
    state.endsAt = Date.now() + state.left;
    tick.start(step, 250);
    step();
  };
  const pause = () => {
    if (!tick.running()) return;
    tick.stop();
    state.left = state.endsAt - Date.now();
    show();
  };
  const reset = () => {
    tick.stop();
    state.phase = 'work';
    state.left = length.work;
    show();
  };
  show();
  return timerRoot('pomodoro', [
    phase,
    el('p', { className: 'muted', text: work + ' minute work sessions, ' + rest + ' minute breaks.' }),
    face,
    el('div', { className: 'actions' }, [
      button('Start', start),
      button('Pause', pause, true),
      button('Reset', reset, true),
      skip,
    ]),
    el('p', {}, ['Completed work sessions: ', sessions]),
  ]);
}
