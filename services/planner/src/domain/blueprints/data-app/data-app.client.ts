/** Page script of the data app: generic over the fields in #app-data, so one script serves every entity. */
export const DATA_APP_SCRIPT = String.raw`
const cfg = appData();
const fields = cfg.fields;
const base = '/api/' + cfg.slug;
const state = { records: [], editing: null, query: '', sort: cfg.sort ? cfg.sort.field + ':' + cfg.sort.direction : 'createdAt:asc', filters: {} };
const form = $('#record-form');
const formError = $('#form-error');
const submitButton = $('#submit-button');
const cancelButton = $('#cancel-edit');

function fieldInput(field) { return document.getElementById('f-' + field.name); }

function formatNumber(n, money) {
  if (n === null || n === undefined || n === '' || Number.isNaN(Number(n))) return '';
  return money ? Number(n).toFixed(2) : String(Math.round(Number(n) * 100) / 100);
}

function displayCell(field, value) {
  const td = el('td', { className: field.type === 'longtext' ? 'long' : '' });
  if (value === null || value === undefined || value === '') return td;
  switch (field.type) {
    case 'rating': {
      const max = field.max || 5; const v = Math.max(0, Math.min(max, Number(value)));
      td.appendChild(el('span', { className: 'stars', title: v + ' of ' + max, 'aria-label': v + ' of ' + max, text: '★'.repeat(v) + '☆'.repeat(max - v) }));
      return td;
    }
    case 'money': td.textContent = formatNumber(value, true); return td;
    case 'number': td.textContent = formatNumber(value) + (field.unit ? ' ' + field.unit : ''); return td;
    case 'url': {
      const href = String(value);
      if (/^https?:\/\//i.test(href)) td.appendChild(el('a', { href: href, target: '_blank', rel: 'noopener noreferrer', text: href.replace(/^https?:\/\//i, '') }));
      else td.textContent = href;
      return td;
    }
    case 'email': td.appendChild(el('a', { href: 'mailto:' + value, text: String(value) })); return td;
    case 'tags': (Array.isArray(value) ? value : String(value).split(',')).forEach(function (t) { td.appendChild(el('span', { className: 'chip', text: String(t).trim() })); }); return td;
    default: td.textContent = String(value); return td;
  }
}

function booleanCell(field, record) {
  const box = el('input', { type: 'checkbox', 'aria-label': field.label + ': ' + titleOf(record) });
  box.checked = record[field.name] === true;
  box.addEventListener('change', function () {
    const change = {}; change[field.name] = box.checked;
    api('PUT', base + '/' + record.id, change).then(load).catch(function (error) { showError($('#load-error'), error); });
  });
  return el('td', {}, [box]);
}

function titleOf(record) {
  const first = fields.find(function (f) { return f.type === 'text'; }) || fields[0];
  return first ? String(record[first.name] == null ? '' : record[first.name]) : record.id;
}

function matches(record) {
  if (state.query) {
    const q = state.query.toLowerCase();
    const hay = fields.map(function (f) { const v = record[f.name]; return Array.isArray(v) ? v.join(' ') : v == null ? '' : String(v); }).join(' ').toLowerCase();
    if (hay.indexOf(q) === -1) return false;
  }
  return Object.keys(state.filters).every(function (name) {
    const wanted = state.filters[name];
    if (!wanted) return true;
    const field = fields.find(function (f) { return f.name === name; });
    if (field && field.type === 'boolean') return (record[name] === true) === (wanted === 'Yes');
    return String(record[name] || '').toLowerCase() === wanted.toLowerCase();
  });
}

function compare(a, b) {
  const parts = state.sort.split(':'); const name = parts[0]; const dir = parts[1] === 'desc' ? -1 : 1;
  const av = a[name]; const bv = b[name];
  if (av == null || av === '') return bv == null || bv === '' ? 0 : 1;
  if (bv == null || bv === '') return -1;
  if (typeof av === 'number' && typeof bv === 'number') return (av - bv) * dir;
  return String(av).localeCompare(String(bv), undefined, { numeric: true, sensitivity: 'base' }) * dir;
}

function visibleRecords() { return state.records.filter(matches).sort(compare); }

function renderRows() {
  const tbody = $('#rows'); tbody.textContent = '';
  const list = visibleRecords();
  list.forEach(function (record) {
    const tr = el('tr', {});
    const doneField = fields.find(function (f) { return f.type === 'boolean'; });
    if (cfg.layout === 'todo' && doneField && record[doneField.name] === true) tr.className = 'done';
    if (cfg.lowStock && Number(record[cfg.lowStock.field]) <= cfg.lowStock.threshold) tr.className = 'low';
    fields.forEach(function (field) { tr.appendChild(field.type === 'boolean' ? booleanCell(field, record) : displayCell(field, record[field.name])); });
    const label = titleOf(record);
    tr.appendChild(el('td', {}, [el('div', { className: 'row-actions' }, [
      el('button', { type: 'button', className: 'secondary', text: 'Edit', 'aria-label': 'Edit ' + label, onclick: function () { startEdit(record); } }),
      el('button', { type: 'button', className: 'danger', text: 'Delete', 'aria-label': 'Delete ' + label, onclick: function () { remove(record); } }),
    ])]));
    tbody.appendChild(tr);
  });
  $('#empty').hidden = state.records.length > 0;
  $('#no-match').hidden = state.records.length === 0 || list.length > 0;
}

function numbersOf(name) {
  return state.records.map(function (r) { return r[name]; }).filter(function (v) { return v !== null && v !== '' && v !== undefined && !Number.isNaN(Number(v)); }).map(Number);
}

function renderSummary() {
  $all('[data-stat]').forEach(function (node) {
    const parts = node.getAttribute('data-stat').split(':'); const kind = parts[0]; const name = parts.slice(1).join(':');
    const field = fields.find(function (f) { return f.name === name; });
    const money = field && field.type === 'money';
    if (kind === 'count' && !name) node.textContent = String(state.records.length);
    else if (kind === 'count') node.textContent = String(state.records.filter(function (r) { return String(r[cfg.countBy] || '') === name; }).length);
    else {
      const values = numbersOf(name); const sum = values.reduce(function (s, v) { return s + v; }, 0);
      node.textContent = kind === 'sum' ? formatNumber(sum, money) : values.length ? formatNumber(sum / values.length, money) : '–';
    }
  });
}

function renderChart() {
  const chart = $maybe('#chart'); if (!chart || !cfg.chart) return;
  const groups = {};
  state.records.forEach(function (r) {
    let key;
    if (cfg.chart.by === 'month') {
      const dateField = fields.find(function (f) { return f.type === 'date' || f.type === 'datetime'; });
      const raw = String((dateField && r[dateField.name]) || r.createdAt || '');
      key = raw.slice(0, 7) || 'No date';
    } else key = String(r[cfg.chart.by] == null || r[cfg.chart.by] === '' ? 'Other' : r[cfg.chart.by]);
    const value = cfg.chart.value ? Number(r[cfg.chart.value]) || 0 : 1;
    groups[key] = (groups[key] || 0) + value;
  });
  const items = Object.keys(groups).sort().map(function (k) { return { label: k, value: Math.round(groups[k] * 100) / 100 }; });
  const money = fields.some(function (f) { return f.name === cfg.chart.value && f.type === 'money'; });
  renderBars(chart, items, function (v) { return formatNumber(v, money); });
  $maybe('#chart-empty').hidden = items.length > 0;
}

function renderGroups() {
  const body = $maybe('#group-rows'); if (!body || !cfg.groupAverage) return;
  const by = cfg.groupAverage.by; const name = cfg.groupAverage.field; const groups = {};
  state.records.forEach(function (r) {
    const key = String(r[by] || '—'); const v = Number(r[name]);
    if (!groups[key]) groups[key] = { sum: 0, count: 0 };
    if (r[name] !== null && r[name] !== '' && !Number.isNaN(v)) { groups[key].sum += v; groups[key].count += 1; }
  });
  body.textContent = '';
  Object.keys(groups).sort().forEach(function (key) {
    const g = groups[key];
    body.appendChild(el('tr', {}, [el('td', { text: key }), el('td', { text: g.count ? formatNumber(g.sum / g.count) : '–' }), el('td', { text: String(g.count) })]));
  });
}

function renderLowStock() {
  const list = $maybe('#low-list'); if (!list || !cfg.lowStock) return;
  list.textContent = '';
  const low = state.records.filter(function (r) { return r[cfg.lowStock.field] !== null && r[cfg.lowStock.field] !== undefined && Number(r[cfg.lowStock.field]) <= cfg.lowStock.threshold; });
  low.forEach(function (r) { list.appendChild(el('li', { className: 'warn', text: '⚠ ' + titleOf(r) + ': only ' + r[cfg.lowStock.field] + ' left' })); });
  $maybe('#low-empty').hidden = low.length > 0;
}

function daysBetween(fromIso, toIso) { return Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 86400000); }

function renderDue() {
  const list = $maybe('#due-list'); if (!list || !cfg.due) return;
  list.textContent = '';
  const today = todayIso();
  const due = state.records.filter(function (r) {
    const last = r[cfg.due.last]; const every = Number(r[cfg.due.interval]) || 1;
    return !last || daysBetween(String(last), today) >= every;
  });
  due.forEach(function (r) {
    const button = el('button', { type: 'button', text: cfg.due.action, onclick: function () {
      const change = {}; change[cfg.due.last] = today;
      api('PUT', base + '/' + r.id, change).then(load).catch(function (error) { showError($('#load-error'), error); });
    } });
    list.appendChild(el('li', { className: 'warn' }, [el('strong', { text: titleOf(r) }), ' ', button]));
  });
  $maybe('#due-empty').hidden = due.length > 0;
}

function render() { renderRows(); renderSummary(); renderChart(); renderGroups(); renderLowStock(); renderDue(); }

function load() {
  return api('GET', base).then(function (records) { state.records = Array.isArray(records) ? records : []; showError($('#load-error'), null); render(); })
    .catch(function (error) { showError($('#load-error'), error); });
}

function readForm() {
  const values = {}; const problems = [];
  fields.forEach(function (field) {
    const input = fieldInput(field); if (!input) return;
    let value;
    if (field.type === 'boolean') value = input.checked;
    else if (['number', 'money', 'rating'].indexOf(field.type) !== -1) value = input.value === '' ? null : Number(input.value);
    else if (field.type === 'tags') value = input.value.split(',').map(function (t) { return t.trim(); }).filter(Boolean);
    else value = input.value.trim();
    if (field.required && (value === '' || value === null)) problems.push(field.label + ' is required');
    else if (input.validity && !input.validity.valid && value !== '' && value !== null) problems.push(field.label + ': ' + input.validationMessage);
    values[field.name] = value;
  });
  return { values: values, problems: problems };
}

function fillForm(record) {
  fields.forEach(function (field) {
    const input = fieldInput(field); if (!input) return;
    const value = record ? record[field.name] : undefined;
    if (field.type === 'boolean') input.checked = value === true;
    else if (field.type === 'tags') input.value = Array.isArray(value) ? value.join(', ') : value || '';
    else input.value = value === null || value === undefined ? '' : String(value);
  });
}

function startEdit(record) {
  state.editing = record.id; fillForm(record);
  submitButton.textContent = 'Save changes'; cancelButton.hidden = false;
  form.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const first = fieldInput(fields[0]); if (first) first.focus();
}

function stopEdit() {
  state.editing = null; fillForm(null); form.reset();
  submitButton.textContent = submitButton.getAttribute('data-add-label'); cancelButton.hidden = true; showError(formError, null);
}

function remove(record) {
  api('DELETE', base + '/' + record.id).then(function () { if (state.editing === record.id) stopEdit(); return load(); })
    .catch(function (error) { showError($('#load-error'), error); });
}

form.addEventListener('submit', function (event) {
  event.preventDefault();
  const read = readForm();
  if (read.problems.length) { showError(formError, new Error(read.problems.join('. '))); return; }
  submitButton.disabled = true;
  const request = state.editing ? api('PUT', base + '/' + state.editing, read.values) : api('POST', base, read.values);
  request.then(function () { stopEdit(); return load(); })
    .catch(function (error) { showError(formError, error); })
    .then(function () { submitButton.disabled = false; });
});
cancelButton.addEventListener('click', stopEdit);

const search = $maybe('#search');
if (search) search.addEventListener('input', function () { state.query = search.value.trim(); renderRows(); });
const sortSelect = $maybe('#sort');
if (sortSelect) sortSelect.addEventListener('change', function () { state.sort = sortSelect.value; renderRows(); });
$all('[data-filter]').forEach(function (select) {
  select.addEventListener('change', function () { state.filters[select.getAttribute('data-filter')] = select.value; renderRows(); });
});

const exportButton = $maybe('#export-csv');
if (exportButton) exportButton.addEventListener('click', function () {
  const lines = [fields.map(function (f) { return csvCell(f.label); }).join(',')].concat(visibleRecords().map(function (r) {
    return fields.map(function (f) { return csvCell(r[f.name]); }).join(',');
  }));
  download(cfg.slug + '.csv', lines.join('\r\n') + '\r\n', 'text/csv');
});

const importInput = $maybe('#import-csv');
if (importInput) importInput.addEventListener('change', function () {
  const file = importInput.files && importInput.files[0]; if (!file) return;
  file.text().then(function (text) {
    const rows = parseCsv(text); const header = (rows.shift() || []).map(function (h) { return h.trim().toLowerCase(); });
    const jobs = rows.map(function (row) {
      const values = {};
      fields.forEach(function (f) {
        const i = header.findIndex(function (h) { return h === f.label.toLowerCase() || h === f.name.toLowerCase(); });
        if (i !== -1 && row[i] !== undefined && row[i] !== '') values[f.name] = ['number', 'money', 'rating'].indexOf(f.type) !== -1 ? Number(row[i]) : f.type === 'boolean' ? /^(true|yes|1|x)$/i.test(row[i]) : row[i];
      });
      return api('POST', base, values).catch(function () { return null; });
    });
    return Promise.all(jobs);
  }).then(load).then(function () { importInput.value = ''; });
});

load();
if (cfg.live) setInterval(load, 3000);
`;
