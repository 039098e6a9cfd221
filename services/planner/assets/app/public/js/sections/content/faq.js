// @ts-check
// Questions and answers as <details>: they open with a click, Enter or Space, no script needed.
import { frame, h, itemsOf } from './parts.js';

/** @param {{ title: string, intro?: string, items?: { question: string, answer: string }[] }} section */
export function renderFaq(section) {
  const { section: node } = frame('faq', section.title, section.intro);
  const list = h('div', 'cs-faq-list');
  for (const item of itemsOf(section)) {
    const details = h('details', 'cs-faq-item');
    details.append(h('summary', 'cs-faq-question', item.question), h('p', 'cs-faq-answer', item.answer));
    list.append(details);
  }
  node.append(list);
  return node;
}
