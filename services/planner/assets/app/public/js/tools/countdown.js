// @ts-check
// A countdown to a day of the year (its next occurrence: New Year, a birthday), in days, hours, minutes
// and seconds; another date can be picked and is remembered in this browser.
import { el } from '../dom.js';
import { input, labelled } from './tool-fields.js';
import { pad2, ticker, timerRoot } from './timer-kit.js';

const CUSTOM_KEY = 'countdown-custom-date';
const DAY_MS = 86400000;

/** @param {any} raw @returns {{ label: string, month: number, day: number }} */
function readTarget(raw) {
  return {
    label: typeof raw?.label === 'string' ? raw.label : 'the big day',
    month: typeof raw?.month === 'number' ? raw.month : 1,
    day: typeof raw?.day === 'number' ? raw.day : 1,
  };
}

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const goal = readTarget(section.options?.target);
  const nextOccurrence = () => {
    const now = new Date();
    const date = new Date(now.getFullYear(), goal.month - 1, goal.day);
    return date.getTime() > now.getTime() ? date : new Date(now.getFullYear() + 1, goal.month - 1, goal.day);
  };
  const target = () => {
    const custom = localStorage.getItem(CUSTOM_KEY);
    return custom && !Number.isNaN(Date.parse(custom + 'T00:00'))
      ? new Date(custom + 'T00:00')
      : nextOccurrence();
  };
  /** @type {Record<string, HTMLElement>} */
  const units = {};
  const unit = (/** @type {string} */ label) => {
    units[label] = el('dd', { text: '0' });
    return el('div', {}, [el('dt', { text: label }), units[label]]);
  };
  const figures = el('dl', { className: 'countdown-units', 'aria-live': 'polite' }, [
    unit('Days'),
    unit('Hours'),
    unit('Minutes'),
    unit('Seconds'),
  ]);
  const targetText = el('p', { className: 'muted' });
  const show = () => {
    const date = target();
    let left = Math.max(0, date.getTime() - Date.now());
    const days = Math.floor(left / DAY_MS);
    left -= days * DAY_MS;
    const hours = Math.floor(left / 3600000);
    left -= hours * 3600000;
    const minutes = Math.floor(left / 60000);
    left -= minutes * 60000;
    units.Days.textContent = String(days);
    units.Hours.textContent = pad2(hours);
    units.Minutes.textContent = pad2(minutes);
    units.Seconds.textContent = pad2(Math.floor(left / 1000));
    targetText.textContent =
      'Counting down to ' +
      date.toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  };
  const customDate = input({ type: 'date', value: localStorage.getItem(CUSTOM_KEY) ?? '' });
  const form = el(
    'form',
    {
      className: 'actions',
      onsubmit: (/** @type {Event} */ event) => {
        event.preventDefault();
        if (customDate.value) localStorage.setItem(CUSTOM_KEY, customDate.value);
        show();
      },
    },
    [
      labelled('Date', customDate).wrap,
      el('button', { type: 'submit', text: 'Set date' }),
      el('button', {
        type: 'button',
        className: 'secondary',
        text: 'Back to ' + goal.label,
        onclick: () => {
          localStorage.removeItem(CUSTOM_KEY);
          customDate.value = '';
          show();
        },
      }),
    ],
  );
  show();
  ticker(ctx).start(show, 1000);
  return timerRoot('countdown', [
    el('h3', { text: 'Time left until ' + goal.label }),
    figures,
    targetText,
    el('h3', { text: 'Count down to another date' }),
    form,
  ]);
}
