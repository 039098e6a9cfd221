import type { AppSpecV1, FieldSpec } from '@isekai/contracts';
import type { BlueprintOutput } from '../shared/blueprint.types.js';
import { escapeHtml, slugOf } from '../shared/html.js';
import { HABITS_SCRIPT, WEEK_SCRIPT } from './planners.client.js';

function stringList(value: unknown, fallback: string[]): string[] {
  const list = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];
  return list.length > 0 ? list : fallback;
}

export function renderHabits(spec: AppSpecV1): BlueprintOutput {
  const fields: FieldSpec[] = [
    { name: 'name', label: 'Habit', type: 'text', required: true },
    { name: 'checks', label: 'Days done', type: 'tags' },
  ];
  const slug = slugOf(spec.entities[0]?.plural ?? 'habits');
  return {
    main: `<section class="card" aria-labelledby="add-title">
<h2 id="add-title">Add a habit</h2>
<form id="add-form" class="actions"><label for="habit-name">Habit</label><input id="habit-name" required maxlength="200" placeholder="e.g. Drink water" style="max-width:22rem"><button type="submit">Add habit</button></form>
<p id="error" class="error" role="alert" hidden></p>
</section>
<section class="card" aria-labelledby="today-title">
<h2 id="today-title">Today's habits</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">Habit</th><th scope="col">Last 7 days</th><th scope="col">Done today</th><th scope="col">Current streak</th><th scope="col">Best streak</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead><tbody id="rows"></tbody></table></div>
<p id="empty" class="empty">No habits yet. Add one above, then check it off each day to build a streak.</p>
</section>`,
    script: HABITS_SCRIPT,
    collections: [{ slug, fields }],
    clientData: { slug },
    css: '.days { display: flex; gap: .25rem; } .day { width: 1.6rem; height: 1.6rem; border-radius: 50%; border: 1px solid var(--border); display: inline-flex; align-items: center; justify-content: center; font-size: .7rem; } .day.on { background: var(--ok); color: #fff; border-color: var(--ok); } .streak { font-weight: 700; }',
  };
}

export function renderWeekPlanner(spec: AppSpecV1): BlueprintOutput {
  const days = stringList(spec.options.days, [
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
  ]);
  const slots = stringList(spec.options.slots, ['Breakfast', 'Lunch', 'Dinner']);
  const fields: FieldSpec[] = [
    { name: 'day', label: 'Day', type: 'choice', options: days, required: true },
    { name: 'slot', label: 'Slot', type: 'choice', options: slots, required: true },
    { name: 'plan', label: 'Plan', type: 'text' },
  ];
  const slug = slugOf(spec.entities[0]?.plural ?? 'plans');
  const header = `<tr><th scope="col">Day</th>${slots.map((s) => `<th scope="col">${escapeHtml(s)}</th>`).join('')}</tr>`;
  const rows = days
    .map(
      (d, di) =>
        `<tr><th scope="row">${escapeHtml(d)}</th>${slots.map((s, si) => `<td><label class="visually-hidden" for="c-${di}-${si}">${escapeHtml(`${d} ${s}`)}</label><input id="c-${di}-${si}" data-day="${escapeHtml(d)}" data-slot="${escapeHtml(s)}" maxlength="500"></td>`).join('')}</tr>`,
    )
    .join('\n');
  return {
    main: `<section class="card" aria-labelledby="week-title">
<h2 id="week-title">This week</h2>
<p class="muted">Type in any box; it saves by itself when you leave the box.</p>
<div class="table-wrap"><table class="week"><thead>${header}</thead><tbody>${rows}</tbody></table></div>
<p id="status" class="muted" role="status" aria-live="polite"></p>
<div class="actions"><button type="button" id="clear-week" class="secondary">Clear the week</button></div>
</section>`,
    script: WEEK_SCRIPT,
    collections: [{ slug, fields }],
    clientData: { slug },
    css: '.week input { min-width: 8rem; } .week td.saved input { border-color: var(--ok); }',
  };
}
