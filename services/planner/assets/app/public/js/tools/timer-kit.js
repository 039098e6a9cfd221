// @ts-check
// What the timers share: a big clock, its buttons, a beep, and minutes read from the section's options.
// Timers measure against Date.now(), not tick counts, so a throttled background tab stays accurate.
import { el } from '../dom.js';
import { useStylesheet } from './stylesheet.js';

/** @param {number} n */
export const pad2 = (n) => String(n).padStart(2, '0');

/** Whole seconds left as mm:ss, rounded up so 0:00 shows only when the time is really up. @param {number} ms */
export function mmss(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return pad2(Math.floor(s / 60)) + ':' + pad2(s % 60);
}

/** A whole number of minutes from the options, within 1..600, or the fallback. @param {unknown} value @param {number} fallback */
export function minutesOption(value, fallback) {
  return typeof value === 'number' && value > 0 && value <= 600 ? Math.round(value) : fallback;
}

/** A short tone; sound is optional, so a browser without Web Audio stays silent. */
export function beep() {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.connect(audio.destination);
    tone.start();
    setTimeout(() => {
      tone.stop();
      void audio.close();
    }, 300);
  } catch {
    /* no sound */
  }
}

/** @param {string} text @param {() => void} onclick @param {boolean} [secondary] */
export function button(text, onclick, secondary) {
  return el('button', { type: 'button', className: secondary ? 'secondary' : undefined, text, onclick });
}

/** The big time display. @param {string} text */
export function clockFace(text) {
  return el('div', { className: 'timer-face', role: 'timer', 'aria-live': 'polite', text });
}

/** Links the timers' stylesheet and returns the timer's root. @param {string} className @param {Node[]} children */
export function timerRoot(className, children) {
  useStylesheet('/css/timers.css');
  return el('div', { className: 'timer ' + className }, children);
}

/**
 * A ticking interval that the page stops when it leaves the section.
 * @param {import('../sections/section-context.js').SectionContext} ctx
 */
export function ticker(ctx) {
  /** @type {ReturnType<typeof setInterval> | null} */
  let id = null;
  const stop = () => {
    if (id) clearInterval(id);
    id = null;
  };
  ctx.onCleanup(stop);
  return {
    /** @param {() => void} fn @param {number} ms */
    start(fn, ms) {
      stop();
      id = setInterval(fn, ms);
    },
    stop,
    running: () => id !== null,
  };
}
