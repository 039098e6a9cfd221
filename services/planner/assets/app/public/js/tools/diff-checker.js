// @ts-check
// Two texts compared line by line (longest common subsequence): removed lines in red with −, added in
// green with +, the rest as context.
import { el } from '../dom.js';
import { labelled, stat, textArea, toolRoot } from './tool-fields.js';

const MAX_LINES = 3000;

/** @param {string[]} a @param {string[]} b @returns {{ kind: 'same' | 'added' | 'removed', text: string }[]} */
export function diffLines(a, b) {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: the common lines of a[i..] and b[j..], one typed row per i.
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  /** @type {{ kind: 'same' | 'added' | 'removed', text: string }[]} */
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ kind: 'removed', text: a[i++] });
    else out.push({ kind: 'added', text: b[j++] });
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++] });
  while (j < m) out.push({ kind: 'added', text: b[j++] });
  return out;
}

export function render() {
  const left = textArea({ rows: 8 });
  const right = textArea({ rows: 8 });
  left.value = 'apples\nbread\nmilk\neggs';
  right.value = 'apples\nbrown bread\nmilk\ncheese\neggs';
  const added = stat('Added');
  const removed = stat('Removed');
  const problem = el('p', { className: 'error', role: 'alert', hidden: true });
  const out = el('ol', { className: 'diff-output', 'aria-label': 'Differences' });
  const update = () => {
    const a = left.value.split('\n');
    const b = right.value.split('\n');
    const tooLong = a.length > MAX_LINES || b.length > MAX_LINES;
    problem.textContent = tooLong ? 'Compare at most ' + MAX_LINES + ' lines at a time.' : '';
    problem.hidden = !tooLong;
    if (tooLong) return;
    const lines = diffLines(a, b);
    added.set(lines.filter((l) => l.kind === 'added').length);
    removed.set(lines.filter((l) => l.kind === 'removed').length);
    const sign = { same: ' ', added: '+', removed: '−' };
    out.replaceChildren(
      ...lines.map((l) =>
        el('li', { className: 'diff-' + l.kind }, [
          el('span', { className: 'diff-sign', 'aria-hidden': 'true', text: sign[l.kind] }),
          l.text || ' ',
        ]),
      ),
    );
  };
  left.addEventListener('input', update);
  right.addEventListener('input', update);
  update();
  return toolRoot('diff-checker', [
    el('div', { className: 'tool-columns' }, [
      labelled('Original text', left).wrap,
      labelled('Changed text', right).wrap,
    ]),
    problem,
    el('div', { className: 'stats' }, [added.node, removed.node]),
    out,
  ]);
}
