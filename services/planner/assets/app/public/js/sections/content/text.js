// @ts-check
// A section of prose: the body's blank lines separate paragraphs, single line breaks are kept.
import { frame, h } from './parts.js';

/** @param {{ title: string, body?: string }} section */
export function renderText(section) {
  const { section: node } = frame('text', section.title);
  const prose = h('div', 'cs-prose');
  for (const paragraph of String(section.body || '').split(/\n\s*\n/)) {
    if (paragraph.trim()) prose.append(h('p', '', paragraph.trim()));
  }
  node.append(prose);
  return node;
}
