// @ts-check
// Calendar view: a month grid of records by a date field, with previous and next month.
import { el } from '../dom.js';
import { badges, subtitle, titleLink } from '../record-parts.js';
import { todayIso } from '../formula.mjs';

/**
 * @param {Record<string, any>[]} records
 * @param {import('../record-parts.js').ViewEnv} env
 * @param {string} by
 * @param {{ month: string }} state YYYY-MM shown; kept by the section across redraws
 * @param {() => void} redraw
 */
export function renderCalendar(records, env, by, state, redraw) {
  if (!state.month) state.month = todayIso().slice(0, 7);
  const [year, month] = state.month.split('-').map(Number);
  const first = new Date(year, month - 1, 1);
  const days = new Date(year, month, 0).getDate();
  const lead = (first.getDay() + 6) % 7; // weeks start on Monday
  const name = first.toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
  /** @param {number} delta */
  const shift = (delta) => {
    const d = new Date(year, month - 1 + delta, 1);
    state.month = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0');
    redraw();
  };
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Date(2024, 0, 1 + i).toLocaleDateString(undefined, { weekday: 'short' }),
  );
  const cells = [];
  for (let i = 0; i < lead; i++) cells.push(el('li', { className: 'day empty-day', 'aria-hidden': 'true' }));
  for (let day = 1; day <= days; day++) {
    const iso = state.month + '-' + String(day).padStart(2, '0');
    const onDay = records.filter((r) => typeof r[by] === 'string' && r[by].slice(0, 10) === iso);
    const date = new Date(year, month - 1, day);
    cells.push(
      el(
        'li',
        {
          className: 'day' + (iso === todayIso() ? ' today' : '') + (onDay.length ? ' has-records' : ''),
          'data-date': iso,
        },
        [
          el('span', { className: 'day-number', text: String(day) }),
          // Narrow screens list only the days with records, each named in full.
          el('span', {
            className: 'day-full',
            text: date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' }),
          }),
          el(
            'ul',
            { className: 'plain' },
            onDay.map((r) => el('li', {}, [titleLink(env, r), subtitle(env, r), badges(env, r)])),
          ),
        ],
      ),
    );
  }
  return el('div', { className: 'calendar' }, [
    el('div', { className: 'calendar-bar' }, [
      el('button', {
        type: 'button',
        className: 'secondary small',
        text: '‹ Previous month',
        onclick: () => shift(-1),
      }),
      el('h4', { className: 'calendar-month', 'aria-live': 'polite', text: name }),
      el('button', {
        type: 'button',
        className: 'secondary small',
        text: 'Next month ›',
        onclick: () => shift(1),
      }),
    ]),
    el(
      'ol',
      { className: 'calendar-head', 'aria-hidden': 'true' },
      weekdays.map((d) => el('li', { text: d })),
    ),
    el('ol', { className: 'calendar-grid' }, cells),
    records.some((r) => typeof r[by] === 'string' && r[by].startsWith(state.month))
      ? null
      : el('p', { className: 'empty', text: 'Nothing in ' + name }),
  ]);
}
