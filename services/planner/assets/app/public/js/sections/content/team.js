// @ts-check
// The people behind a place: cards with an initials avatar, name, role and a short bio.
import { initials, paintFrom } from './drawn.js';
import { frame, h, itemsOf, list } from './parts.js';

/** @param {{ title: string, intro?: string, items?: { name: string, role: string, bio?: string }[] }} section */
export function renderTeam(section) {
  const { section: node } = frame('team', section.title, section.intro);
  const grid = list('ul', 'cs-grid cs-team-grid');
  for (const person of itemsOf(section)) {
    const card = h('li', 'cs-card cs-person');
    const avatar = h('span', 'cs-avatar', initials(person.name));
    avatar.setAttribute('aria-hidden', 'true');
    paintFrom(avatar, person.name);
    card.append(avatar, h('h3', 'cs-card-title', person.name));
    if (person.role) card.append(h('p', 'cs-person-role', person.role));
    if (person.bio) card.append(h('p', 'cs-card-text', person.bio));
    grid.append(card);
  }
  node.append(grid);
  return node;
}
