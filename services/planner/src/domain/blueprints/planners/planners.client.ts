export const HABITS_SCRIPT = String.raw`
const base = '/api/' + appData().slug;
let habits = [];
function isoDaysAgo(n) { const d = new Date(); d.setDate(d.getDate() - n); return d.getFullYear() + '-' + pad2(d.getMonth() + 1) + '-' + pad2(d.getDate()); }
function streaks(checks) {
  const set = new Set(checks || []);
  let current = 0; let start = set.has(isoDaysAgo(0)) ? 0 : 1;
  while (set.has(isoDaysAgo(start + current))) current++;
  const sorted = Array.from(set).sort(); let best = 0; let run = 0; let prev = null;
  sorted.forEach(function (d) { const t = Date.parse(d + 'T12:00'); run = prev !== null && Math.round((t - prev) / 86400000) === 1 ? run + 1 : 1; prev = t; best = Math.max(best, run); });
  return { current: current, best: best };
}
function toggle(habit, day) {
  const checks = new Set(habit.checks || []);
  if (checks.has(day)) checks.delete(day); else checks.add(day);
  api('PUT', base + '/' + habit.id, { checks: Array.from(checks).sort() }).then(load).catch(function (e) { showError($('#error'), e); });
}
function render() {
  const body = $('#rows'); body.textContent = '';
  habits.forEach(function (h) {
    const set = new Set(h.checks || []); const st = streaks(h.checks);
    const days = el('div', { className: 'days' });
    for (let i = 6; i >= 0; i--) { const d = isoDaysAgo(i); days.appendChild(el('span', { className: 'day' + (set.has(d) ? ' on' : ''), title: d, text: new Date(d + 'T12:00').toLocaleDateString(undefined, { weekday: 'narrow' }) })); }
    const box = el('input', { type: 'checkbox', 'aria-label': 'Done today: ' + h.name }); box.checked = set.has(isoDaysAgo(0));
    box.addEventListener('change', function () { toggle(h, isoDaysAgo(0)); });
    body.appendChild(el('tr', {}, [el('td', { text: h.name }), el('td', {}, [days]), el('td', {}, [box]),
      el('td', { className: 'streak', text: st.current + (st.current === 1 ? ' day' : ' days') }), el('td', { text: st.best + (st.best === 1 ? ' day' : ' days') }),
      el('td', {}, [el('button', { type: 'button', className: 'danger', text: 'Delete', 'aria-label': 'Delete ' + h.name, onclick: function () { api('DELETE', base + '/' + h.id).then(load); } })])]));
  });
  $('#empty').hidden = habits.length > 0;
}
function load() { return api('GET', base).then(function (list) { habits = list; render(); }).catch(function (e) { showError($('#error'), e); }); }
$('#add-form').addEventListener('submit', function (e) {
  e.preventDefault();
  api('POST', base, { name: $('#habit-name').value.trim(), checks: [] }).then(function () { $('#habit-name').value = ''; showError($('#error'), null); return load(); })
    .catch(function (err) { showError($('#error'), err); });
});
load();
`;

export const WEEK_SCRIPT = String.raw`
const base = '/api/' + appData().slug;
let entries = [];
function find(day, slot) { return entries.find(function (e) { return e.day === day && e.slot === slot; }); }
function save(input) {
  const day = input.getAttribute('data-day'); const slot = input.getAttribute('data-slot'); const plan = input.value.trim();
  const existing = find(day, slot);
  if (existing && existing.plan === plan) return;
  const request = existing ? api('PUT', base + '/' + existing.id, { plan: plan }) : plan ? api('POST', base, { day: day, slot: slot, plan: plan }) : null;
  if (!request) return;
  request.then(function (saved) {
    if (existing) Object.assign(existing, saved); else entries.push(saved);
    input.parentNode.classList.add('saved'); $('#status').textContent = 'Saved ' + day + ' ' + slot.toLowerCase() + '.';
  }).catch(function (e) { $('#status').textContent = e.message; });
}
function load() {
  return api('GET', base).then(function (list) {
    entries = list;
    $all('[data-day]').forEach(function (input) { const e = find(input.getAttribute('data-day'), input.getAttribute('data-slot')); input.value = e ? e.plan || '' : ''; });
  }).catch(function (e) { $('#status').textContent = e.message; });
}
$all('[data-day]').forEach(function (input) {
  input.addEventListener('change', function () { save(input); });
  input.addEventListener('input', function () { input.parentNode.classList.remove('saved'); });
});
$('#clear-week').addEventListener('click', function () {
  Promise.all(entries.map(function (e) { return api('DELETE', base + '/' + e.id); })).then(load).then(function () { $('#status').textContent = 'Cleared.'; });
});
load();
`;
