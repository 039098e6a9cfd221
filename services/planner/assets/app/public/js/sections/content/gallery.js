// @ts-check
// Pictures a visitor would expect, drawn: each tile's gradient comes from its title (see drawn.js).
import { paintFrom } from './drawn.js';
import { frame, h, itemsOf, list } from './parts.js';

/** @param {{ title: string, intro?: string, items?: { title: string, caption?: string }[] }} section */
export function renderGallery(section) {
  const { section: node } = frame('gallery', section.title, section.intro);
  const grid = list('ul', 'cs-grid cs-gallery-grid');
  for (const item of itemsOf(section)) {
    const tile = h('li', 'cs-tile');
    const figure = h('figure', 'cs-tile-figure');
    const art = h('div', 'cs-tile-art');
    // Decorative: the caption below names the picture.
    art.setAttribute('aria-hidden', 'true');
    paintFrom(art, item.title);
    const caption = h('figcaption', 'cs-tile-caption');
    caption.append(h('span', 'cs-tile-title', item.title));
    if (item.caption) caption.append(h('span', 'cs-tile-text', item.caption));
    figure.append(art, caption);
    tile.append(figure);
    grid.append(tile);
  }
  node.append(grid);
  return node;
}
