/** A deliberately small Markdown renderer: everything is HTML-escaped first, so typed HTML never runs. */
export const MARKDOWN_SCRIPT =
  String.raw`
function escapeHtml(t) { return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'); }
function inline(text) {
  let t = escapeHtml(text);
  const codes = [];
  t = t.replace(/` +
  '`' +
  String.raw`([^` +
  '`' +
  String.raw`]+)` +
  '`' +
  String.raw`/g, function (_, c) { codes.push(c); return '\u0000' + (codes.length - 1) + '\u0000'; });
  t = t.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, function (_, alt, url) { return /^(https?:|\/|\.\/|data:image\/)/i.test(url) ? '<img alt="' + alt + '" src="' + url + '">' : alt; });
  t = t.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, function (_, label, url) { return /^(https?:|mailto:|\/|#)/i.test(url) ? '<a href="' + url + '" rel="noopener noreferrer" target="_blank">' + label + '</a>' : label; });
  t = t.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/__([^_]+)__/g, '<strong>$1</strong>');
  t = t.replace(/\*([^*]+)\*/g, '<em>$1</em>').replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1<em>$2</em>');
  t = t.replace(/~~([^~]+)~~/g, '<del>$1</del>');
  return t.replace(/\u0000(\d+)\u0000/g, function (_, i) { return '<code>' + codes[Number(i)] + '</code>'; });
}
function renderMarkdown(source) {
  const lines = source.replace(/\r\n?/g, '\n').split('\n'); const out = []; let i = 0;
  const fence = String.fromCharCode(96, 96, 96);
  while (i < lines.length) {
    const line = lines[i];
    if (line.indexOf(fence) === 0) {
      const code = []; i++;
      while (i < lines.length && lines[i].indexOf(fence) !== 0) { code.push(lines[i]); i++; }
      i++; out.push('<pre><code>' + escapeHtml(code.join('\n')) + '</code></pre>'); continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) { out.push('<h' + heading[1].length + '>' + inline(heading[2]) + '</h' + heading[1].length + '>'); i++; continue; }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) { out.push('<hr>'); i++; continue; }
    if (/^>\s?/.test(line)) {
      const quote = []; while (i < lines.length && /^>\s?/.test(lines[i])) { quote.push(lines[i].replace(/^>\s?/, '')); i++; }
      out.push('<blockquote>' + renderMarkdown(quote.join('\n')) + '</blockquote>'); continue;
    }
    const listMatch = /^\s*([-*+]|\d+\.)\s+/.exec(line);
    if (listMatch) {
      const ordered = /\d/.test(listMatch[1]); const items = [];
      while (i < lines.length && /^\s*([-*+]|\d+\.)\s+/.test(lines[i])) { items.push('<li>' + inline(lines[i].replace(/^\s*([-*+]|\d+\.)\s+/, '')) + '</li>'); i++; }
      out.push((ordered ? '<ol>' : '<ul>') + items.join('') + (ordered ? '</ol>' : '</ul>')); continue;
    }
    if (line.trim() === '') { i++; continue; }
    const para = []; while (i < lines.length && lines[i].trim() !== '' && !/^(#{1,6}\s|>|\s*([-*+]|\d+\.)\s)/.test(lines[i]) && lines[i].indexOf(fence) !== 0) { para.push(inline(lines[i])); i++; }
    out.push('<p>' + para.join('<br>') + '</p>');
  }
  return out.join('\n');
}
const KEY = 'markdown-editor-draft';
const editor = $('#editor'); const preview = $('#preview');
const saved = localStorage.getItem(KEY); if (saved !== null) editor.value = saved;
let saveTimer = null;
function update() {
  preview.innerHTML = renderMarkdown(editor.value);
  clearTimeout(saveTimer);
  saveTimer = setTimeout(function () { localStorage.setItem(KEY, editor.value); $('#saved').textContent = 'Saved'; }, 300);
}
editor.addEventListener('input', function () { $('#saved').textContent = ''; update(); });
$('#clear').addEventListener('click', function () { editor.value = ''; update(); editor.focus(); });
$('#download').addEventListener('click', function () { download('document.md', editor.value, 'text/markdown'); });
update();
`;

export const JSON_SCRIPT = String.raw`
const input = $('#input'); const output = $('#output'); const status = $('#status');
function indent() { const v = $('#indent').value; return v === 'tab' ? '\t' : Number(v); }
function setStatus(text, ok) { status.textContent = text; status.className = ok ? 'ok' : 'error'; }
function parse() {
  try { return { value: JSON.parse(input.value) }; }
  catch (error) {
    const m = /position (\d+)/.exec(error.message); let where = '';
    if (m) { const before = input.value.slice(0, Number(m[1])); const line = before.split('\n').length; where = ' (line ' + line + ', column ' + (Number(m[1]) - before.lastIndexOf('\n')) + ')'; }
    return { error: error.message + where };
  }
}
function run(mode) {
  if (!input.value.trim()) { setStatus('Paste some JSON first.', false); output.textContent = ''; return; }
  const result = parse();
  if (result.error) { setStatus('Invalid JSON: ' + result.error, false); return; }
  if (mode !== 'validate') output.textContent = mode === 'minify' ? JSON.stringify(result.value) : JSON.stringify(result.value, null, indent());
  setStatus('Valid JSON ✓', true);
}
$('#format').addEventListener('click', function () { run('format'); });
$('#minify').addEventListener('click', function () { run('minify'); });
$('#validate').addEventListener('click', function () { run('validate'); });
$('#copy').addEventListener('click', function () {
  if (navigator.clipboard) navigator.clipboard.writeText(output.textContent).then(function () { setStatus('Copied.', true); }, function () { setStatus('Copy is not allowed here; select the text instead.', false); });
});
run('format');
`;

export const PASSWORD_SCRIPT = String.raw`
const sets = { upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', lower: 'abcdefghijklmnopqrstuvwxyz', digits: '0123456789', symbols: '!@#$%^&*()-_=+[]{};:,.<>?/~' };
function randomIndex(n) {
  // Rejection sampling keeps every character equally likely.
  const limit = Math.floor(4294967296 / n) * n; const buf = new Uint32Array(1);
  do { crypto.getRandomValues(buf); } while (buf[0] >= limit);
  return buf[0] % n;
}
function generate() {
  const length = Number($('#length').value);
  const chosen = Object.keys(sets).filter(function (k) { return $('#' + k).checked; });
  if (!chosen.length) { $('#status').textContent = 'Choose at least one kind of character.'; return; }
  const pool = chosen.map(function (k) { return sets[k]; }).join('');
  const chars = chosen.map(function (k) { return sets[k][randomIndex(sets[k].length)]; });
  while (chars.length < length) chars.push(pool[randomIndex(pool.length)]);
  for (let i = chars.length - 1; i > 0; i--) { const j = randomIndex(i + 1); const t = chars[i]; chars[i] = chars[j]; chars[j] = t; }
  $('#password').textContent = chars.slice(0, length).join('');
  const bits = Math.round(length * Math.log2(pool.length));
  $('#strength').textContent = bits >= 100 ? 'Very strong' : bits >= 70 ? 'Strong' : bits >= 50 ? 'Fair' : 'Weak';
  $('#status').textContent = '';
}
$('#length').addEventListener('input', function () { $('#length-value').textContent = $('#length').value; generate(); });
$all('input[type=checkbox]').forEach(function (b) { b.addEventListener('change', generate); });
$('#generate').addEventListener('click', generate);
$('#copy').addEventListener('click', function () {
  if (navigator.clipboard) navigator.clipboard.writeText($('#password').textContent).then(function () { $('#status').textContent = 'Copied.'; }, function () { $('#status').textContent = 'Copy is not allowed here; select the text instead.'; });
});
generate();
`;
