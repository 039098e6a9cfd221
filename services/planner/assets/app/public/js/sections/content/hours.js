// @ts-check
// Opening hours as a table; the rows that name today are marked, so "are they open now?" is one glance.
import { namesToday } from './days.js';
import { frame, h, itemsOf } from './parts.js';

/** @param {{ title: string, intro?: string, items?: { days: string, hours: string }[] }} section */
export function renderHours(section) {
  const { section: node } = frame('hours', section.title, section.intro);
  const table = h('table', 'cs-card cs-hours-table');
  const head = h('thead');
  const headRow = h('tr');
  for (const label of ['Days', 'Hours']) {
    const th = h('th', '', label);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = h('tbody');
  const today = new Date();
  for (const row of itemsOf(section)) {
    const tr = h('tr');
    const day = h('th', 'cs-hours-days', row.days);
    day.scope = 'row';
    if (namesToday(row.days, today)) {
      tr.className = 'is-today';
      tr.setAttribute('aria-current', 'date');
      day.append(h('span', 'cs-today-badge', 'Today'));
    }
    tr.append(day, h('td', 'cs-hours-time', row.hours));
    body.append(tr);
  }
  table.append(head, body);
  node.append(table);
  return node;
}
