// @ts-check
// A programme or agenda: a timeline of when, what, and a line of detail.
import { frame, h, itemsOf, list } from './parts.js';

/** @param {{ title: string, intro?: string, items?: { when: string, title: string, detail?: string }[] }} section */
export function renderSchedule(section) {
  const { section: node } = frame('schedule', section.title, section.intro);
  const timeline = list('ol', 'cs-timeline');
  for (const item of itemsOf(section)) {
    const entry = h('li', 'cs-timeline-item');
    const body = h('div', 'cs-timeline-body');
    body.append(h('h3', 'cs-timeline-title', item.title));
    if (item.detail) body.append(h('p', 'cs-timeline-detail', item.detail));
    entry.append(h('p', 'cs-timeline-when', item.when), body);
    timeline.append(entry);
  }
  node.append(timeline);
  return node;
}
