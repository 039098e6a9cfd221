// @ts-check
// Picks one entry at random from a list (a name from a hat), optionally leaving it out of the next picks.
import { el, uid } from '../dom.js';
import { input, labelled, randomInt, textArea, toolRoot } from './tool-fields.js';

/** @param {string} text */
export const entriesOf = (text) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The list as read, shown as it is typed so a person sees what will be picked from: "3 names: Ada,
 * Grace, Alan". @param {string[]} list @param {string} noun the plural, e.g. "names"
 */
export const listedLine = (list, noun) =>
  list.length +
  ' ' +
  (list.length === 1 ? noun.replace(/s$/, '') : noun) +
  (list.length ? ': ' + list.join(', ') : '');

/** @param {any} section */
export function render(section) {
  const items = textArea({ rows: 6, placeholder: 'One entry per line' });
  items.value = (
    Array.isArray(section.options?.items)
      ? section.options.items
      : ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus']
  ).join('\n');
  const removePicked = input({ type: 'checkbox', id: uid('remove-picked') });
  const result = el('p', { className: 'picker-result', 'aria-live': 'assertive' });
  const history = el('ol', { className: 'picker-history muted', 'aria-label': 'Picked so far' });
  const problem = el('p', { className: 'error', role: 'alert', hidden: true });
  const noun = section.options?.itemsLabel || 'Entries';
  const listed = el('p', { className: 'picker-listed muted', 'aria-live': 'polite' });
  const showList = () => (listed.textContent = listedLine(entriesOf(items.value), noun.toLowerCase()));
  items.addEventListener('input', showList);
  const pick = () => {
    const list = entriesOf(items.value);
    problem.hidden = list.length > 0;
    problem.textContent = list.length ? '' : 'Add at least one entry to pick from.';
    if (!list.length) return;
    const chosen = list[randomInt(list.length)];
    result.textContent = chosen;
    history.prepend(el('li', { text: chosen }));
    if (removePicked.checked) {
      const lines = items.value.split('\n');
      lines.splice(
        lines.findIndex((l) => l.trim() === chosen),
        1,
      );
      items.value = lines.join('\n');
      showList();
    }
  };
  showList();
  return toolRoot('random-picker', [
    labelled(noun, items).wrap,
    listed,
    el('div', { className: 'field check' }, [
      removePicked,
      el('label', { for: removePicked.id, text: 'Leave picked entries out of the next pick' }),
    ]),
    el('div', { className: 'actions' }, [
      el('button', { type: 'button', text: section.options?.action || 'Pick one', onclick: pick }),
    ]),
    problem,
    result,
    history,
  ]);
}
