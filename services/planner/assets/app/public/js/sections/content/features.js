// @ts-check
// What a product or place offers: a grid of cards, each with a drawn icon chosen from its words.
import { icon, iconFor } from './icons.js';
import { frame, h, itemsOf, list } from './parts.js';

/** @param {{ title: string, intro?: string, items?: { title: string, text: string }[] }} section */
export function renderFeatures(section) {
  const { section: node } = frame('features', section.title, section.intro);
  const grid = list('ul', 'cs-grid cs-features-grid');
  const used = new Set();
  itemsOf(section).forEach((item, index) => {
    const card = h('li', 'cs-card cs-feature');
    const badge = h('span', 'cs-feature-icon');
    badge.append(icon(iconFor(item.title + ' ' + (item.text || ''), index, used)));
    card.append(badge, h('h3', 'cs-card-title', item.title));
    if (item.text) card.append(h('p', 'cs-card-text', item.text));
    grid.append(card);
  });
  node.append(grid);
  return node;
}
