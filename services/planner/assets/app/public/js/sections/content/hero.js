// @ts-check
// The opening band of a page: a big heading, a sentence and one call to action, on a drawn background.
import { h, slug } from './parts.js';

/**
 * @param {{ heading: string, text?: string, action?: { label: string, target: string } }} section
 * @param {{ href: (target: string) => string }} ctx
 */
export function renderHero(section, ctx) {
  const node = h('section', 'cs cs-hero');
  node.id = slug(section.heading);
  const heading = h('h2', 'cs-hero-heading', section.heading);
  heading.id = node.id + '-title';
  node.setAttribute('aria-labelledby', heading.id);
  const inner = h('div', 'cs-hero-inner');
  inner.append(heading);
  if (section.text) inner.append(h('p', 'cs-hero-text', section.text));
  if (section.action && section.action.label) {
    const link = h('a', 'cs-button cs-button-large', section.action.label);
    link.href = ctx.href(section.action.target || '');
    inner.append(link);
  }
  // Drawn shapes behind the words (aria-hidden: they mean nothing).
  const art = h('div', 'cs-hero-art');
  art.setAttribute('aria-hidden', 'true');
  art.append(h('span', 'cs-hero-orb'), h('span', 'cs-hero-orb cs-hero-orb-2'), h('span', 'cs-hero-grid'));
  node.append(art, inner);
  return node;
}
