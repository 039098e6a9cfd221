// @ts-check
// Words, characters, sentences and reading time of a text, as it is typed.
import { el } from '../dom.js';
import { labelled, stat, textArea, toolRoot } from './tool-fields.js';

/** The counts of a text; words split on whitespace, sentences on . ! ? followed by space or the end. @param {string} text */
export function countText(text) {
  const trimmed = text.trim();
  const words = trimmed ? trimmed.split(/\s+/u).length : 0;
  const characters = Array.from(text).length;
  const noSpaces = Array.from(text.replace(/\s/gu, '')).length;
  const sentences = trimmed
    ? (trimmed.match(/[^.!?]+(?:[.!?]+|$)/gu) || []).filter((s) => /\p{L}|\p{N}/u.test(s)).length
    : 0;
  const paragraphs = trimmed ? trimmed.split(/\n\s*\n/u).filter((p) => p.trim()).length : 0;
  return { words, characters, noSpaces, sentences, paragraphs, minutes: Math.ceil(words / 200) };
}

/** @param {string} w */
const capital = (w) => w.charAt(0).toUpperCase() + w.slice(1);

/** @param {any} section */
export function render(section) {
  const text = textArea({ rows: 8, placeholder: 'Type or paste text here', spellcheck: 'true' });
  if (typeof section.options?.text === 'string') text.value = section.options.text;
  const figures = {
    words: stat('Words'),
    characters: stat('Characters'),
    noSpaces: stat('Characters without spaces'),
    sentences: stat('Sentences'),
    paragraphs: stat('Paragraphs'),
    minutes: stat('Reading time (min)'),
  };
  // "300 words, how many are left": what is left of the limit comes first, in the person's word.
  const limit = section.options?.limit;
  const unit = limit?.unit === 'words' ? 'words' : 'characters';
  const left = limit
    ? stat(capital(unit) + ' ' + (limit.left || 'left') + ' (of ' + limit.count + ')')
    : null;
  const over = el('p', { className: 'error', role: 'alert', hidden: true });
  const update = () => {
    const counts = countText(text.value);
    for (const [key, figure] of Object.entries(figures))
      figure.set(counts[/** @type {keyof typeof counts} */ (key)]);
    if (!left) return;
    const free = limit.count - counts[unit];
    left.set(free);
    over.hidden = free >= 0;
    over.textContent = free < 0 ? -free + ' ' + unit + ' over the limit of ' + limit.count + '.' : '';
  };
  text.addEventListener('input', update);
  update();
  return toolRoot('word-counter', [
    labelled('Text', text).wrap,
    el('div', { className: 'stats' }, [
      ...(left ? [left.node] : []),
      ...Object.values(figures).map((f) => f.node),
    ]),
    over,
  ]);
}
