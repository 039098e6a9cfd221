// @ts-check
// A game, calculator or tool: its module is loaded when the page shows it (tools/index.js names them all);
// an id with no module keeps the placeholder card, so a newer spec still opens in an older app.
import { el } from '../dom.js';
import { TOOLS } from '../tools/index.js';

/** @param {any} section @param {import('./section-context.js').SectionContext} ctx */
export function renderToolSection(section, ctx) {
  const load = Object.prototype.hasOwnProperty.call(TOOLS, section.blueprint)
    ? TOOLS[section.blueprint]
    : null;
  const body = el('div', { className: 'tool-body' }, [
    el('p', {
      className: 'muted',
      text: load
        ? 'Loading…'
        : 'The ' + String(section.blueprint) + ' tool goes here. This part is built separately.',
    }),
  ]);
  const node = el(
    'section',
    { className: 'card tool-section', id: ctx.sectionId, 'data-blueprint': section.blueprint },
    [
      el('h2', { text: section.title || 'Tool' }),
      typeof section.options?.about === 'string'
        ? el('p', { className: 'muted tool-about', text: section.options.about })
        : null,
      body,
    ],
  );
  if (load) {
    load()
      .then((tool) => {
        if (!node.isConnected) return;
        body.replaceChildren(tool.render(section, ctx));
      })
      .catch((error) => {
        console.warn('tool ' + section.blueprint + ' could not load', error);
        body.replaceChildren(
          el('p', { className: 'error', text: 'This tool could not be loaded; reload the page.' }),
        );
      });
  }
  return node;
}
