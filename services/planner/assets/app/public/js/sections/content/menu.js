// @ts-check
// A menu or price list: groups of items, each price aligned to the right on a dotted leader.
import { frame, h, itemsOf, list } from './parts.js';

/**
 * @param {{ title: string, intro?: string,
 *   items?: { name: string, items?: { name: string, price?: string, description?: string }[] }[] }} section
 */
export function renderMenu(section) {
  const { section: node } = frame('menu', section.title, section.intro);
  const groups = h('div', 'cs-menu-groups');
  for (const group of itemsOf(section)) {
    const box = h('div', 'cs-card cs-menu-group');
    const rows = list('ul', 'cs-menu-items');
    for (const item of group.items || []) {
      const row = h('li', 'cs-menu-item');
      const line = h('p', 'cs-menu-line');
      line.append(h('span', 'cs-menu-name', item.name), h('span', 'cs-menu-leader'));
      if (item.price) line.append(h('span', 'cs-menu-price', item.price));
      row.append(line);
      if (item.description) row.append(h('p', 'cs-menu-description', item.description));
      rows.append(row);
    }
    box.append(h('h3', 'cs-menu-group-name', group.name), rows);
    groups.append(box);
  }
  node.append(groups);
  return node;
}
