export const UNIT_SCRIPT = String.raw`
const tables = appData();
function toCelsius(v, u) { return u === 'c' ? v : u === 'f' ? (v - 32) * 5 / 9 : v - 273.15; }
function fromCelsius(v, u) { return u === 'c' ? v : u === 'f' ? v * 9 / 5 + 32 : v + 273.15; }
function round(v) { return Math.abs(v) >= 1e-4 || v === 0 ? String(Math.round(v * 1e6) / 1e6) : v.toExponential(4); }
$all('.converter').forEach(function (section) {
  const name = section.getAttribute('data-category'); const table = tables[name];
  const value = $('#' + name + '-value'); const from = $('#' + name + '-from'); const to = $('#' + name + '-to'); const out = $('#' + name + '-result');
  if (to.options.length > 1) to.selectedIndex = 1;
  function update() {
    const v = Number(value.value);
    if (value.value === '' || !Number.isFinite(v)) { out.textContent = 'Enter a number'; return; }
    let result;
    if (name === 'temperature') result = fromCelsius(toCelsius(v, from.value), to.value);
    else {
      const f = table.units.find(function (u) { return u.id === from.value; }); const t = table.units.find(function (u) { return u.id === to.value; });
      result = v * f.factor / t.factor;
    }
    out.textContent = round(result) + ' ' + to.options[to.selectedIndex].text;
  }
  [value, from, to].forEach(function (input) { input.addEventListener('input', update); });
  update();
});
`;

export const TIP_SCRIPT = String.raw`
const inputs = { bill: $('#bill'), tip: $('#tip'), people: $('#people') };
function money(v) { return (Math.round(v * 100) / 100).toFixed(2); }
function update() {
  const bill = Number(inputs.bill.value) || 0; const tip = Number(inputs.tip.value) || 0; const people = Math.floor(Number(inputs.people.value));
  const bad = bill < 0 || tip < 0 || !(people >= 1);
  showError($('#calc-error'), bad ? new Error('Use a bill of 0 or more and at least 1 person.') : null);
  if (bad) return;
  const tipAmount = bill * tip / 100;
  $('#tip-amount').textContent = money(tipAmount); $('#total').textContent = money(bill + tipAmount);
  $('#tip-each').textContent = money(tipAmount / people); $('#total-each').textContent = money((bill + tipAmount) / people);
}
Object.keys(inputs).forEach(function (k) { inputs[k].addEventListener('input', update); });
$all('[data-tip]').forEach(function (b) { b.addEventListener('click', function () { inputs.tip.value = b.getAttribute('data-tip'); update(); }); });
update();
`;

export const CALCULATOR_SCRIPT = String.raw`
const display = $('#display');
const s = { current: '0', previous: null, op: null, fresh: false };
const ops = { '+': function (a, b) { return a + b; }, '−': function (a, b) { return a - b; }, '×': function (a, b) { return a * b; }, '÷': function (a, b) { return b === 0 ? NaN : a / b; } };
function show() { display.value = s.current === 'NaN' ? 'Error' : s.current; }
function compute() {
  if (s.op === null || s.previous === null) return;
  const r = ops[s.op](Number(s.previous), Number(s.current));
  s.current = Number.isFinite(r) ? String(Math.round(r * 1e10) / 1e10) : 'NaN'; s.previous = null; s.op = null;
}
function press(key) {
  if (/^[0-9]$/.test(key)) { s.current = s.fresh || s.current === '0' || s.current === 'NaN' ? key : s.current + key; s.fresh = false; }
  else if (key === '.') { if (s.fresh) { s.current = '0'; s.fresh = false; } if (s.current.indexOf('.') === -1) s.current += '.'; }
  else if (key === 'C') { s.current = '0'; s.previous = null; s.op = null; }
  else if (key === 'back') { s.current = s.current.length > 1 ? s.current.slice(0, -1) : '0'; }
  else if (key === '±') { s.current = String(-Number(s.current)); }
  else if (key === '%') { s.current = String(Number(s.current) / 100); }
  else if (key === '=') { compute(); s.fresh = true; }
  else if (ops[key]) { if (s.op && !s.fresh) compute(); s.previous = s.current; s.op = key; s.fresh = true; }
  show();
}
$all('[data-key]').forEach(function (b) { b.addEventListener('click', function () { press(b.getAttribute('data-key')); }); });
document.addEventListener('keydown', function (e) {
  const map = { '*': '×', '/': '÷', '-': '−', Enter: '=', Backspace: 'back', Escape: 'C' };
  const key = map[e.key] || e.key;
  if (/^[0-9.+=%]$/.test(key) || ops[key] || key === 'back' || key === 'C') { e.preventDefault(); press(key); }
});
show();
`;
