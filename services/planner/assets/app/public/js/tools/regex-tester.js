// @ts-check
// A regular expression tried on a text as it is typed: matches highlighted, counted and listed with their
// groups; a pattern that does not compile says why instead of throwing.
import { el } from '../dom.js';
import { input, labelled, stat, textArea, toolRoot } from './tool-fields.js';

const MAX_MATCHES = 1000;

/** Matches of `pattern` in `text`, or the reason it cannot run. @param {string} pattern @param {string} flags @param {string} text */
export function findMatches(pattern, flags, text) {
  let re;
  try {
    re = new RegExp(pattern, flags.includes('g') ? flags : flags + 'g');
  } catch (error) {
    return {
      error: String(/** @type {Error} */ (error).message).replace(/^Invalid regular expression: /, ''),
      matches: [],
    };
  }
  /** @type {RegExpExecArray[]} */
  const matches = [];
  if (pattern === '') return { error: '', matches };
  let m;
  while ((m = re.exec(text)) && matches.length < MAX_MATCHES) {
    matches.push(m);
    if (m[0] === '') re.lastIndex += 1;
    if (!flags.includes('g')) break;
  }
  return { error: '', matches };
}

/** @param {any} section */
export function render(section) {
  const pattern = input({
    type: 'text',
    spellcheck: 'false',
    autocomplete: 'off',
    value: section.options?.pattern ?? '\\b\\w+@\\w+\\.\\w+\\b',
    className: 'mono',
  });
  const flags = input({
    type: 'text',
    spellcheck: 'false',
    autocomplete: 'off',
    value: 'g',
    maxlength: 6,
    size: 6,
    className: 'mono',
  });
  const text = textArea({ rows: 6 });
  text.value = section.options?.text ?? 'Write to ada@example.com or grace@example.org for help.';
  const problem = el('p', { className: 'error', role: 'alert', hidden: true });
  const count = stat('Matches');
  const highlighted = el('pre', {
    className: 'regex-preview',
    'aria-label': 'Text with matches highlighted',
  });
  const list = el('ol', { className: 'regex-matches' });
  const update = () => {
    const badFlags = flags.value.replace(/[dgimsuyv]/g, '');
    const { error, matches } = badFlags
      ? { error: 'Unknown flag ' + badFlags + ': use d, g, i, m, s, u, v or y.', matches: [] }
      : findMatches(pattern.value, flags.value, text.value);
    problem.textContent = error;
    problem.hidden = !error;
    pattern.setAttribute('aria-invalid', error ? 'true' : 'false');
    count.set(error ? '—' : matches.length);
    const parts = [];
    let at = 0;
    for (const m of matches) {
      if (m[0] === '') continue;
      parts.push(text.value.slice(at, m.index), el('mark', { text: m[0] }));
      at = m.index + m[0].length;
    }
    parts.push(text.value.slice(at));
    highlighted.replaceChildren(...parts);
    list.replaceChildren(
      ...matches.slice(0, 50).map((m) =>
        el('li', {
          text:
            JSON.stringify(m[0]) +
            ' at ' +
            m.index +
            (m.length > 1
              ? ' — groups: ' +
                m
                  .slice(1)
                  .map((g) => JSON.stringify(g ?? ''))
                  .join(', ')
              : ''),
        }),
      ),
    );
  };
  for (const node of [pattern, flags, text]) node.addEventListener('input', update);
  update();
  return toolRoot('regex-tester', [
    el('div', { className: 'tool-row' }, [labelled('Pattern', pattern).wrap, labelled('Flags', flags).wrap]),
    problem,
    labelled('Test text', text).wrap,
    count.node,
    highlighted,
    list,
  ]);
}
