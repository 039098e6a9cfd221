import type { BlueprintOutput } from '../shared/blueprint.types.js';

/** Reads a .csv file or pasted text in the browser; nothing is uploaded. */
export function renderCsvViewer(): BlueprintOutput {
  return {
    main: `<section class="card" aria-labelledby="open-title">
<h2 id="open-title">Open a CSV file</h2>
<div class="grid">
<div class="field"><label for="file">Choose a .csv file</label><input id="file" type="file" accept=".csv,text/csv,text/plain"></div>
<div class="field wide"><label for="paste">Or paste CSV text</label><textarea id="paste" spellcheck="false" placeholder="name,age&#10;Ada,36"></textarea></div>
</div>
<div class="actions"><button type="button" id="show">Show table</button><label class="field check"><input type="checkbox" id="header" checked> First row is a header</label><button type="button" id="sample" class="secondary">Load sample CSV</button></div>
<p id="error" class="error" role="alert" hidden></p>
</section>
<section class="card" aria-labelledby="table-title">
<h2 id="table-title">CSV table</h2>
<div class="toolbar"><div class="field"><label for="filter">Filter rows</label><input id="filter" type="search" placeholder="Type to filter"></div><p id="summary" class="muted" aria-live="polite"></p></div>
<div class="table-wrap"><table id="table"><thead></thead><tbody></tbody></table></div>
<p id="empty" class="empty">No CSV loaded yet. Choose a file or paste CSV text above.</p>
</section>`,
    script: String.raw`
const s = { header: [], rows: [], sortCol: -1, dir: 1 };
function build(text) {
  const rows = parseCsv(text);
  if (!rows.length) { showError($('#error'), new Error('That CSV has no rows.')); return; }
  showError($('#error'), null);
  const width = rows.reduce(function (m, r) { return Math.max(m, r.length); }, 0);
  s.header = $('#header').checked ? rows.shift() : Array.from({ length: width }, function (_, i) { return 'Column ' + (i + 1); });
  s.rows = rows; s.sortCol = -1; render();
}
function render() {
  const q = $('#filter').value.trim().toLowerCase();
  let rows = s.rows.filter(function (r) { return !q || r.join(' ').toLowerCase().indexOf(q) !== -1; });
  if (s.sortCol >= 0) rows = rows.slice().sort(function (a, b) { return String(a[s.sortCol] || '').localeCompare(String(b[s.sortCol] || ''), undefined, { numeric: true }) * s.dir; });
  const head = $('#table thead'); const body = $('#table tbody'); head.textContent = ''; body.textContent = '';
  head.appendChild(el('tr', {}, s.header.map(function (h, i) {
    return el('th', { scope: 'col' }, [el('button', { type: 'button', className: 'secondary', text: h + (s.sortCol === i ? (s.dir > 0 ? ' ▲' : ' ▼') : ''), onclick: function () { s.dir = s.sortCol === i ? -s.dir : 1; s.sortCol = i; render(); } })]);
  })));
  rows.slice(0, 2000).forEach(function (r) { body.appendChild(el('tr', {}, s.header.map(function (_, i) { return el('td', { text: r[i] || '' }); }))); });
  $('#empty').hidden = s.header.length > 0;
  $('#summary').textContent = s.rows.length + ' rows · ' + s.header.length + ' columns' + (rows.length > 2000 ? ' (showing the first 2000)' : '');
}
$('#file').addEventListener('change', function () { const f = $('#file').files[0]; if (f) f.text().then(function (t) { $('#paste').value = t; build(t); }); });
$('#show').addEventListener('click', function () { build($('#paste').value); });
$('#filter').addEventListener('input', render);
$('#sample').addEventListener('click', function () { $('#paste').value = 'name,city,score\nAda,London,92\nGrace,New York,88\nLinus,Helsinki,75\n'; build($('#paste').value); });
`,
  };
}
