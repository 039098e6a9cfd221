// @ts-check
// Plans side by side (stacked on phones), the highlighted one raised and labelled "Most popular".
// A tier's button marks it chosen and tells the page (an `isekai:choose` event bubbles from the section)
// so a sign-up form on the page can take the tier; there is no payment in a generated app.
import { frame, h, itemsOf, list, svg } from './parts.js';

function checkMark() {
  return svg(
    'svg',
    {
      viewBox: '0 0 16 16',
      width: 16,
      height: 16,
      'aria-hidden': 'true',
      focusable: 'false',
      class: 'cs-check',
    },
    [svg('path', { d: 'm3 8.5 3.2 3L13 4.5', fill: 'none', stroke: 'currentColor', 'stroke-width': 2 })],
  );
}

/**
 * @param {{ title: string, intro?: string,
 *   items?: { name: string, price: string, period?: string, features?: string[], highlighted?: boolean }[] }} section
 */
export function renderPricing(section) {
  const { section: node } = frame('pricing', section.title, section.intro);
  const tiers = list('ul', 'cs-tiers');
  /** @type {HTMLButtonElement[]} */
  const buttons = [];
  for (const tier of itemsOf(section)) {
    const card = h('li', 'cs-card cs-tier' + (tier.highlighted ? ' is-highlighted' : ''));
    const name = h('h3', 'cs-tier-name', tier.name);
    if (tier.highlighted) card.append(h('p', 'cs-tier-badge', 'Most popular'));
    const price = h('p', 'cs-tier-price');
    price.append(h('span', 'cs-tier-amount', tier.price));
    if (tier.period)
      price.append(h('span', 'cs-tier-period', ' / ' + tier.period.replace(/^\s*(per|\/)\s*/i, '')));
    const features = list('ul', 'cs-tier-features');
    for (const feature of tier.features || []) {
      const row = h('li');
      row.append(checkMark(), h('span', '', feature));
      features.append(row);
    }
    const button = h('button', 'cs-button', 'Choose ' + tier.name);
    button.type = 'button';
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      for (const other of tiers.children) other.classList.toggle('is-chosen', other === card);
      node.dispatchEvent(new CustomEvent('isekai:choose', { bubbles: true, detail: { tier: tier.name } }));
    });
    buttons.push(button);
    card.append(name, price, features, button);
    tiers.append(card);
  }
  node.append(tiers);
  return node;
}
