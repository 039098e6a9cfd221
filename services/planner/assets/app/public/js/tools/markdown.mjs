// @ts-check
// A deliberately small Markdown renderer (headings, lists, quotes, code, links, emphasis): everything
// is HTML-escaped first, so HTML typed into the editor never runs; links and images keep safe schemes only.

const FENCE = '```';
const LIST_ITEM = /^\s*([-*+]|\d+\.)\s+/;

/** @param {string} text */
export function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line's inline marks; code spans are set aside first (as private-use placeholders) so nothing inside them is read as a mark. @param {string} text */
function inline(text) {
  /** @type {string[]} */
  const codes = [];
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, (_, code) => {
      codes.push(code);
      return '\uE000' + (codes.length - 1) + '\uE000';
    })
    .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_, alt, url) =>
      /^(https?:|\/|\.\/|data:image\/)/i.test(url) ? '<img alt="' + alt + '" src="' + url + '">' : alt,
    )
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, url) =>
      /^(https?:|mailto:|\/|#)/i.test(url)
        ? '<a href="' + url + '" rel="noopener noreferrer" target="_blank">' + label + '</a>'
        : label,
    )
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/__([^_]+)__/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1<em>$2</em>')
    .replace(/~~([^~]+)~~/g, '<del>$1</del>')
    .replace(/\uE000(\d+)\uE000/g, (_, i) => '<code>' + codes[Number(i)] + '</code>');
}

/** @param {string} source @returns {string} HTML */
export function renderMarkdown(source) {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  /** @type {string[]} */
  const out = [];
  let i = 0;
  /** Lines from i while `test` holds. @param {(line: string) => boolean} test */
  const takeWhile = (test) => {
    const taken = [];
    while (i < lines.length && test(lines[i])) taken.push(lines[i++]);
    return taken;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith(FENCE)) {
      i++;
      const code = takeWhile((l) => !l.startsWith(FENCE));
      i++;
      out.push('<pre><code>' + escapeHtml(code.join('\n')) + '</code></pre>');
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      out.push('<h' + level + '>' + inline(heading[2]) + '</h' + level + '>');
      i++;
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('<hr>');
      i++;
    } else if (/^>\s?/.test(line)) {
      const quote = takeWhile((l) => /^>\s?/.test(l)).map((l) => l.replace(/^>\s?/, ''));
      out.push('<blockquote>' + renderMarkdown(quote.join('\n')) + '</blockquote>');
    } else if (LIST_ITEM.test(line)) {
      const tag = /^\s*\d/.test(line) ? 'ol' : 'ul';
      const items = takeWhile((l) => LIST_ITEM.test(l)).map(
        (l) => '<li>' + inline(l.replace(LIST_ITEM, '')) + '</li>',
      );
      out.push('<' + tag + '>' + items.join('') + '</' + tag + '>');
    } else if (line.trim() === '') {
      i++;
    } else {
      const para = takeWhile(
        (l) => l.trim() !== '' && !/^(#{1,6}\s|>|\s*([-*+]|\d+\.)\s)/.test(l) && !l.startsWith(FENCE),
      );
      out.push('<p>' + para.map(inline).join('<br>') + '</p>');
    }
  }
  return out.join('\n');
}
