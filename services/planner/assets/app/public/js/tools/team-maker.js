// @ts-check
// Shares a list of names out into balanced random teams.
import { el } from '../dom.js';
import { entriesOf, listedLine } from './random-picker.js';
import { input, labelled, randomInt, textArea, toolRoot } from './tool-fields.js';

/** Names dealt round-robin after a shuffle, so team sizes differ by one at most. @param {string[]} names @param {number} teams */
export function makeTeams(names, teams) {
  const deck = names.slice();
  for (let i = deck.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  /** @type {string[][]} */
  const out = Array.from({ length: teams }, () => []);
  deck.forEach((name, i) => out[i % teams].push(name));
  return out;
}

/** @param {string} w */
const capital = (w) => w.charAt(0).toUpperCase() + w.slice(1);

/** @param {any} section */
export function render(section) {
  const names = textArea({ rows: 8, placeholder: 'One name per line' });
  names.value = (
    Array.isArray(section.options?.names)
      ? section.options.names
      : ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara']
  ).join('\n');
  // "tables of four": a size per group, in the person's word for a group; otherwise a number of teams.
  const group = section.options?.group || 'team';
  const bySize = Number(section.options?.size) >= 2;
  const count = input({
    type: 'number',
    min: bySize ? 1 : 2,
    max: 50,
    value: String(bySize ? section.options.size : (section.options?.teams ?? 2)),
    inputmode: 'numeric',
  });
  const problem = el('p', { className: 'error', role: 'alert', hidden: true });
  const out = el('div', { className: 'teams', 'aria-live': 'polite' });
  const listed = el('p', { className: 'picker-listed muted' });
  // Teams are dealt as the names are typed; the button deals them again.
  const make = () => {
    const list = entriesOf(names.value);
    listed.textContent = listedLine(list, 'names');
    const typed = Number(count.value);
    const n = bySize ? Math.ceil(list.length / typed) : typed;
    const error =
      !Number.isInteger(typed) || typed < 1
        ? 'Type a whole number.'
        : !bySize && n < 2
          ? 'Make at least 2 ' + group + 's.'
          : list.length < (bySize ? 1 : n)
            ? 'There are fewer names than ' + group + 's.'
            : '';
    problem.textContent = error;
    problem.hidden = !error;
    if (error) return;
    out.replaceChildren(
      ...makeTeams(list, n).map((team, i) =>
        el('div', { className: 'team' }, [
          el('h3', { text: capital(group) + ' ' + (i + 1) }),
          el(
            'ul',
            {},
            team.map((name) => el('li', { text: name })),
          ),
        ]),
      ),
    );
  };
  names.addEventListener('input', make);
  count.addEventListener('input', make);
  make();
  return toolRoot('team-maker', [
    labelled('Names', names).wrap,
    listed,
    labelled(bySize ? 'People per ' + group : 'Number of ' + group + 's', count).wrap,
    el('div', { className: 'actions' }, [
      el('button', { type: 'button', text: section.options?.action || 'Make teams', onclick: make }),
    ]),
    problem,
    out,
  ]);
}
