// @ts-check
// A metronome: Web Audio clicks scheduled a little ahead of time (so they stay steady when the page is
// busy), an accent on each bar's first beat, a light that shows the beat, and tap tempo.
import { el } from '../dom.js';
import { input, labelled, toolRoot } from './tool-fields.js';

const LOOKAHEAD_S = 0.12;
const TICK_MS = 25;

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const startBpm = Math.min(240, Math.max(30, Number(section.options?.bpm) || 100));
  const bpm = input({ type: 'range', min: 30, max: 240, value: String(startBpm) });
  const bpmNumber = input({
    type: 'number',
    min: 30,
    max: 240,
    value: String(startBpm),
    inputmode: 'numeric',
  });
  const beats = /** @type {HTMLSelectElement} */ (
    el(
      'select',
      {},
      [2, 3, 4, 6].map((n) =>
        el('option', {
          value: String(n),
          text: n + ' beats a bar',
          selected: n === (section.options?.beats ?? 4),
        }),
      ),
    )
  );
  const lights = el('div', { className: 'metronome-lights', 'aria-hidden': 'true' });
  const toggle = el('button', { type: 'button', text: 'Start', 'aria-pressed': 'false' });
  const tap = el('button', { type: 'button', className: 'secondary', text: 'Tap tempo' });
  const status = el('p', { className: 'muted', role: 'status' });
  /** @type {AudioContext | null} */
  let audio = null;
  /** @type {ReturnType<typeof setInterval> | null} */
  let timer = null;
  let nextTime = 0;
  let beat = 0;
  /** @type {number[]} */
  let taps = [];

  const drawLights = () =>
    lights.replaceChildren(
      ...Array.from({ length: Number(beats.value) }, () => el('span', { className: 'light' })),
    );
  // The tempo shows at once, while it is typed; the box itself is corrected only when it is left.
  const showBpm = (/** @type {number} */ v) => {
    bpm.value = String(v);
    status.textContent = v + ' BPM: a beat every ' + (60 / v).toFixed(2) + ' s';
  };
  const setBpm = (/** @type {number} */ value) => {
    const v = Math.min(240, Math.max(30, Math.round(value)));
    bpmNumber.value = String(v);
    showBpm(v);
  };
  const click = (/** @type {number} */ when, /** @type {boolean} */ accent) => {
    if (!audio) return;
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = accent ? 1500 : 1000;
    gain.gain.setValueAtTime(0.6, when);
    gain.gain.exponentialRampToValueAtTime(0.001, when + 0.05);
    osc.connect(gain).connect(audio.destination);
    osc.start(when);
    osc.stop(when + 0.06);
  };
  const schedule = () => {
    if (!audio) return;
    while (nextTime < audio.currentTime + LOOKAHEAD_S) {
      const count = Number(beats.value);
      const current = beat % count;
      click(nextTime, current === 0);
      const delay = Math.max(0, (nextTime - audio.currentTime) * 1000);
      setTimeout(() => {
        lights.querySelectorAll('.light').forEach((l, i) => l.classList.toggle('on', i === current));
      }, delay);
      nextTime += 60 / Number(bpm.value);
      beat += 1;
    }
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    toggle.textContent = 'Start';
    toggle.setAttribute('aria-pressed', 'false');
    lights.querySelectorAll('.light').forEach((l) => l.classList.remove('on'));
  };
  const start = async () => {
    const Ctor = window.AudioContext || /** @type {any} */ (window).webkitAudioContext;
    if (!Ctor) {
      status.textContent = 'This browser cannot play sound.';
      return;
    }
    audio = audio || new Ctor();
    await audio.resume();
    beat = 0;
    nextTime = audio.currentTime + 0.05;
    timer = setInterval(schedule, TICK_MS);
    schedule();
    toggle.textContent = 'Stop';
    toggle.setAttribute('aria-pressed', 'true');
  };
  toggle.addEventListener('click', () => (timer ? stop() : void start()));
  tap.addEventListener('click', () => {
    const now = performance.now();
    taps = taps.filter((t) => now - t < 3000).concat(now);
    // One tap is no tempo yet; saying so shows the tap was heard.
    if (taps.length < 2) status.textContent = 'Tap again, in time with the beat, to set the tempo.';
    else {
      const gaps = taps.slice(1).map((t, i) => t - taps[i]);
      setBpm(60000 / (gaps.reduce((a, b) => a + b, 0) / gaps.length));
    }
  });
  bpm.addEventListener('input', () => setBpm(Number(bpm.value)));
  bpmNumber.addEventListener('input', () => {
    const typed = Number(bpmNumber.value);
    if (typed >= 30 && typed <= 240) showBpm(Math.round(typed));
  });
  bpmNumber.addEventListener('change', () => setBpm(Number(bpmNumber.value) || startBpm));
  beats.addEventListener('change', () => {
    beat = 0;
    drawLights();
  });
  ctx.onCleanup(() => {
    stop();
    void audio?.close();
  });
  drawLights();
  setBpm(startBpm);
  return toolRoot('metronome', [
    lights,
    el('div', { className: 'tool-row' }, [
      labelled('Tempo', bpm).wrap,
      labelled('Beats per minute (BPM)', bpmNumber).wrap,
      labelled('Time signature', beats).wrap,
    ]),
    el('div', { className: 'actions' }, [toggle, tap]),
    status,
  ]);
}
