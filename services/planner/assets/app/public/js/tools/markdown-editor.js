// @ts-check
// A Markdown editor: the text on one side, its preview beside it, the draft kept in this browser and
// downloadable as a .md file.
import { el } from '../dom.js';
import { downloadText } from '../download.js';
import { renderMarkdown } from './markdown.mjs';
import { labelled, textArea, toolRoot } from './tool-fields.js';

const DRAFT_KEY = 'markdown-editor-draft';
const SAMPLE =
  '# Hello\n\nWrite **Markdown** on the left and see the *preview* on the right.\n\n- lists\n- [links](https://example.com)\n- `code`\n';

export function render() {
  const editor = textArea({ rows: 16, spellcheck: 'true', className: 'markdown-source' });
  editor.value = localStorage.getItem(DRAFT_KEY) ?? SAMPLE;
  const preview = el('div', { className: 'markdown-preview', 'aria-live': 'polite' });
  const saved = el('span', { className: 'muted', 'aria-live': 'polite' });
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let saveTimer;
  const update = () => {
    // renderMarkdown escapes the text before it adds any tag of its own.
    preview.innerHTML = renderMarkdown(editor.value);
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      localStorage.setItem(DRAFT_KEY, editor.value);
      saved.textContent = 'Saved';
    }, 300);
  };
  editor.addEventListener('input', () => {
    saved.textContent = '';
    update();
  });
  update();
  return toolRoot('markdown-editor', [
    el('div', { className: 'tool-columns' }, [
      el('div', {}, [
        labelled('Markdown', editor).wrap,
        el('div', { className: 'actions' }, [
          el('button', {
            type: 'button',
            className: 'secondary',
            text: 'Download .md',
            onclick: () => downloadText('document.md', editor.value, 'text/markdown'),
          }),
          el('button', {
            type: 'button',
            className: 'secondary',
            text: 'Clear',
            onclick: () => {
              editor.value = '';
              update();
              editor.focus();
            },
          }),
          saved,
        ]),
      ]),
      el('div', {}, [el('h3', { text: 'Preview' }), preview]),
    ]),
  ]);
}
