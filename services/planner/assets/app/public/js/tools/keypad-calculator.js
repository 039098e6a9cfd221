// @ts-check
// A pocket calculator: a keypad (and the keyboard: digits, + - * /, Enter, Backspace, Escape), one
// operation at a time as on a desk calculator, division by zero shown as Error.
import { el } from '../dom.js';
import { useStylesheet } from './stylesheet.js';

/** @type {Record<string, (a: number, b: number) => number>} */
const OPS = {
  '+': (a, b) => a + b,
  '−': (a, b) => a - b,
  '×': (a, b) => a * b,
  '÷': (a, b) => (b === 0 ? NaN : a / b),
};
const KEYS = ['7', '8', '9', '÷', '4', '5', '6', '×', '1', '2', '3', '−', '0', '.', '=', '+'];
/** @type {Record<string, string>} */
const KEYBOARD = { '*': '×', '/': '÷', '-': '−', Enter: '=', Backspace: 'back', Escape: 'C' };

/** @param {any} _section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(_section, ctx) {
  useStylesheet('/css/calculator.css');
  const state = {
    current: '0',
    /** @type {string | null} */ previous: null,
    /** @type {string | null} */ op: null,
    fresh: false,
  };
  const display = /** @type {HTMLInputElement} */ (
    el('input', {
      className: 'keypad-display',
      value: '0',
      readonly: true,
      'aria-label': 'Display',
      'aria-live': 'polite',
    })
  );
  const show = () => (display.value = state.current === 'NaN' ? 'Error' : state.current);
  const compute = () => {
    if (state.op === null || state.previous === null) return;
    const r = OPS[state.op](Number(state.previous), Number(state.current));
    state.current = Number.isFinite(r) ? String(Math.round(r * 1e10) / 1e10) : 'NaN';
    state.previous = null;
    state.op = null;
  };
  /** @param {string} key */
  const press = (key) => {
    if (/^[0-9]$/.test(key)) {
      state.current =
        state.fresh || state.current === '0' || state.current === 'NaN' ? key : state.current + key;
      state.fresh = false;
    } else if (key === '.') {
      if (state.fresh) state.current = '0';
      state.fresh = false;
      if (!state.current.includes('.')) state.current += '.';
    } else if (key === 'C') Object.assign(state, { current: '0', previous: null, op: null });
    else if (key === 'back') state.current = state.current.length > 1 ? state.current.slice(0, -1) : '0';
    else if (key === '±') state.current = String(-Number(state.current));
    else if (key === '%') state.current = String(Number(state.current) / 100);
    else if (key === '=') {
      compute();
      state.fresh = true;
    } else if (OPS[key]) {
      if (state.op && !state.fresh) compute();
      state.previous = state.current;
      state.op = key;
      state.fresh = true;
    }
    show();
  };
  const onKey = (/** @type {KeyboardEvent} */ e) => {
    if (
      e.target instanceof HTMLElement &&
      /INPUT|TEXTAREA|SELECT/.test(e.target.tagName) &&
      e.target !== display
    )
      return;
    const key = KEYBOARD[e.key] ?? e.key;
    if (/^[0-9.=%]$/.test(key) || OPS[key] || key === 'back' || key === 'C') {
      e.preventDefault();
      press(key);
    }
  };
  document.addEventListener('keydown', onKey);
  ctx.onCleanup(() => document.removeEventListener('keydown', onKey));
  const key = (/** @type {string} */ k, /** @type {string} */ label, /** @type {string} */ name) =>
    el('button', {
      type: 'button',
      className: /[0-9.]/.test(k) || name ? 'secondary' : undefined,
      text: label,
      'aria-label': name,
      onclick: () => press(k),
    });
  return el('div', { className: 'keypad-calculator' }, [
    display,
    el('div', { className: 'keypad' }, [
      key('C', 'C', ''),
      key('back', '⌫', 'Delete last digit'),
      key('%', '%', ''),
      key('±', '±', 'Change sign'),
      ...KEYS.map((k) => key(k, k, '')),
    ]),
  ]);
}
