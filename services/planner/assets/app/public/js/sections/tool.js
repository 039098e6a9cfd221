// @ts-check
// Tool and game sections are built separately; until then the page says so where the tool will be.
import { el } from '../dom.js';

/** @param {any} section @param {import('./section-context.js').SectionContext} ctx */
export function renderToolSection(section, ctx) {
  return el(
    'section',
    { className: 'card tool-section', id: ctx.sectionId, 'data-blueprint': section.blueprint },
    [
      el('h2', { text: section.title || 'Tool' }),
      el('p', {
        className: 'muted',
        text: 'The ' + String(section.blueprint) + ' tool goes here. This part is built separately.',
      }),
    ],
  );
}
