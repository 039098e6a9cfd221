// @ts-check
// What customers said: quotes with the name and role of who said them.
import { initials, paintFrom } from './drawn.js';
import { frame, h, itemsOf } from './parts.js';

/** @param {{ title: string, intro?: string, items?: { quote: string, name: string, role?: string }[] }} section */
export function renderTestimonials(section) {
  const { section: node } = frame('testimonials', section.title, section.intro);
  const grid = h('div', 'cs-grid cs-quotes');
  for (const item of itemsOf(section)) {
    const figure = h('figure', 'cs-card cs-quote');
    const quote = h('blockquote', 'cs-quote-text');
    quote.append(h('p', '', item.quote));
    const by = h('figcaption', 'cs-quote-by');
    const avatar = h('span', 'cs-avatar cs-avatar-small', initials(item.name));
    avatar.setAttribute('aria-hidden', 'true');
    paintFrom(avatar, item.name);
    const who = h('span', 'cs-quote-who');
    who.append(h('span', 'cs-quote-name', item.name));
    if (item.role) who.append(h('span', 'cs-quote-role', item.role));
    by.append(avatar, who);
    figure.append(quote, by);
    grid.append(figure);
  }
  node.append(grid);
  return node;
}
