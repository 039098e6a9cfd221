// @ts-check
// A year of a habit as a heatmap, a column per week: each day a person marks is a record of the app's
// own collection (options.collection, fields date and habit), so the days are kept by the server and
// shown to every device. Days are buttons: click, tap or Enter marks or unmarks one.
import { el } from '../dom.js';
import { labelled, stat, toolRoot } from './tool-fields.js';

const DAY_MS = 86400000;
const WEEKS = 53;

/** @param {Date} d */
const iso = (d) =>
  d.getFullYear() +
  '-' +
  String(d.getMonth() + 1).padStart(2, '0') +
  '-' +
  String(d.getDate()).padStart(2, '0');

/** Current and longest runs of consecutive marked days up to `today`. @param {Set<string>} done @param {Date} today */
export function streaks(done, today) {
  let current = 0;
  const d = new Date(today);
  if (!done.has(iso(d))) d.setDate(d.getDate() - 1);
  while (done.has(iso(d))) {
    current += 1;
    d.setDate(d.getDate() - 1);
  }
  const days = [...done].sort();
  let longest = 0;
  let run = 0;
  let prev = NaN;
  for (const day of days) {
    const t = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;
    run = t === prev + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    prev = t;
  }
  return { current, longest };
}

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const collection = String(section.options?.collection || 'habitDay');
  const habits = (
    Array.isArray(section.options?.habits) && section.options.habits.length
      ? section.options.habits
      : ['My habit']
  ).map(String);
  const habit = /** @type {HTMLSelectElement} */ (
    el(
      'select',
      {},
      habits.map((h) => el('option', { value: h, text: h })),
    )
  );
  const problem = el('p', { className: 'error', role: 'alert', hidden: true });
  const total = stat('Days this year');
  const current = stat('Current streak');
  const longest = stat('Longest streak');
  const grid = el('div', {
    className: 'heatmap',
    role: 'group',
    'aria-label': 'The last 53 weeks, a column per week',
  });
  const scroller = el('div', { className: 'heatmap-scroll' }, [grid]);
  const busy = new Set();

  const today = new Date();
  today.setHours(12, 0, 0, 0);
  // Columns start on Mondays; the last column holds this week.
  const start = new Date(today);
  start.setDate(start.getDate() - ((start.getDay() + 6) % 7) - (WEEKS - 1) * 7);

  const recordsOf = () => ctx.store.list(collection).filter((r) => (r.habit || habits[0]) === habit.value);

  const draw = () => {
    const records = recordsOf();
    const byDay = new Map(records.map((r) => [String(r.date).slice(0, 10), r]));
    const done = new Set(byDay.keys());
    const todayIso = iso(today);
    const cells = [];
    for (let i = 0; i < WEEKS * 7; i++) {
      const d = new Date(start);
      d.setDate(start.getDate() + i);
      const day = iso(d);
      if (day > todayIso) {
        cells.push(el('span', { className: 'heat-cell future', 'aria-hidden': 'true' }));
        continue;
      }
      const marked = done.has(day);
      const cell = el('button', {
        type: 'button',
        className: 'heat-cell' + (marked ? ' done' : ''),
        'aria-pressed': String(marked),
        'aria-label':
          d.toLocaleDateString(undefined, {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
          }) + (marked ? ': done' : ''),
        title: day,
        'data-day': day,
        onclick: () => toggle(day, byDay.get(day)),
      });
      cells.push(cell);
    }
    grid.replaceChildren(...cells);
    total.set([...done].filter((d) => d.slice(0, 4) === todayIso.slice(0, 4)).length);
    const s = streaks(done, today);
    current.set(s.current + (s.current === 1 ? ' day' : ' days'));
    longest.set(s.longest + (s.longest === 1 ? ' day' : ' days'));
  };

  /** @param {string} day @param {Record<string, any> | undefined} record */
  const toggle = async (day, record) => {
    if (busy.has(day)) return;
    busy.add(day);
    try {
      if (record) await ctx.store.remove(collection, record.id);
      else await ctx.store.save(collection, null, { date: day, habit: habit.value });
      problem.hidden = true;
    } catch (error) {
      problem.textContent =
        'Could not save that day: ' + String(/** @type {Error} */ (error).message || error);
      problem.hidden = false;
    } finally {
      busy.delete(day);
    }
  };

  habit.addEventListener('change', draw);
  ctx.onCleanup(ctx.store.subscribe(draw));
  draw();
  requestAnimationFrame(() => (scroller.scrollLeft = scroller.scrollWidth));
  return toolRoot('habit-heatmap', [
    habits.length > 1 ? labelled('Habit', habit).wrap : el('p', { className: 'heat-habit', text: habits[0] }),
    el('div', { className: 'stats' }, [total.node, current.node, longest.node]),
    scroller,
    el('p', { className: 'muted heat-hint', text: 'Mark a day you kept the habit; mark it again to undo.' }),
    problem,
  ]);
}
