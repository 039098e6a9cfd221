/** Timers measure against Date.now(), not tick counts, so a throttled background tab stays accurate. */
const FORMAT = String.raw`
function mmss(ms) { const s = Math.max(0, Math.ceil(ms / 1000)); return pad2(Math.floor(s / 60)) + ':' + pad2(s % 60); }
function beep() {
  try { const ctx = new (window.AudioContext || window.webkitAudioContext)(); const o = ctx.createOscillator(); o.connect(ctx.destination); o.start(); setTimeout(function () { o.stop(); ctx.close(); }, 300); } catch (_) { /* sound is optional */ }
}
`;

export const POMODORO_SCRIPT =
  FORMAT +
  String.raw`
const cfg = appData();
const phases = { work: cfg.workMinutes * 60000, break: cfg.breakMinutes * 60000 };
const s = { phase: 'work', left: phases.work, endsAt: null, timer: null, sessions: 0 };
function show() {
  $('#time').textContent = mmss(s.left);
  $('#phase').textContent = s.phase === 'work' ? 'Work' : 'Break';
  $('#skip').textContent = s.phase === 'work' ? 'Skip to break' : 'Skip to work';
  $('#sessions').textContent = String(s.sessions);
  document.title = mmss(s.left) + ' · ' + (s.phase === 'work' ? 'Work' : 'Break');
}
function switchPhase() {
  if (s.phase === 'work') s.sessions += 1;
  s.phase = s.phase === 'work' ? 'break' : 'work';
  s.left = phases[s.phase];
  if (s.endsAt) s.endsAt = Date.now() + s.left;
}
function tick() {
  s.left = s.endsAt - Date.now();
  if (s.left <= 0) { beep(); switchPhase(); }
  show();
}
$('#start').addEventListener('click', function () { if (s.timer) return; s.endsAt = Date.now() + s.left; s.timer = setInterval(tick, 250); tick(); });
$('#pause').addEventListener('click', function () { if (!s.timer) return; clearInterval(s.timer); s.timer = null; s.left = s.endsAt - Date.now(); s.endsAt = null; show(); });
$('#reset').addEventListener('click', function () { clearInterval(s.timer); s.timer = null; s.endsAt = null; s.phase = 'work'; s.left = phases.work; show(); });
$('#skip').addEventListener('click', function () { switchPhase(); show(); });
show();
`;

export const STOPWATCH_SCRIPT = String.raw`
const s = { startedAt: null, elapsed: 0, timer: null, laps: [] };
function fmt(ms) { const cs = Math.floor(ms / 10); return pad2(Math.floor(cs / 6000)) + ':' + pad2(Math.floor(cs / 100) % 60) + '.' + pad2(cs % 100); }
function now() { return s.elapsed + (s.startedAt ? Date.now() - s.startedAt : 0); }
function show() { $('#time').textContent = fmt(now()); }
function showLaps() {
  const list = $('#laps'); list.textContent = '';
  s.laps.forEach(function (lap, i) { list.appendChild(el('li', { text: 'Lap ' + (i + 1) + ': ' + fmt(lap.split) + ' (total ' + fmt(lap.total) + ')' })); });
  $('#no-laps').hidden = s.laps.length > 0;
}
$('#start').addEventListener('click', function () {
  if (s.startedAt) { s.elapsed = now(); s.startedAt = null; clearInterval(s.timer); s.timer = null; $('#start').textContent = 'Start'; }
  else { s.startedAt = Date.now(); s.timer = setInterval(show, 31); $('#start').textContent = 'Stop'; }
  show();
});
$('#lap').addEventListener('click', function () {
  const total = now(); if (!total) return;
  const previous = s.laps.length ? s.laps[s.laps.length - 1].total : 0;
  s.laps.push({ total: total, split: total - previous }); showLaps();
});
$('#reset').addEventListener('click', function () { clearInterval(s.timer); s.timer = null; s.startedAt = null; s.elapsed = 0; s.laps = []; $('#start').textContent = 'Start'; show(); showLaps(); });
show(); showLaps();
`;

export const COUNTDOWN_SCRIPT = String.raw`
const cfg = appData();
const KEY = 'countdown-custom-date';
function nextOccurrence() {
  const now = new Date();
  let target = new Date(now.getFullYear(), cfg.month - 1, cfg.day);
  if (target.getTime() <= now.getTime()) target = new Date(now.getFullYear() + 1, cfg.month - 1, cfg.day);
  return target;
}
function target() {
  const custom = localStorage.getItem(KEY);
  if (custom && !Number.isNaN(Date.parse(custom + 'T00:00'))) return new Date(custom + 'T00:00');
  return nextOccurrence();
}
function show() {
  const t = target(); let left = Math.max(0, t.getTime() - Date.now());
  const days = Math.floor(left / 86400000); left -= days * 86400000;
  const hours = Math.floor(left / 3600000); left -= hours * 3600000;
  const minutes = Math.floor(left / 60000); left -= minutes * 60000;
  $('#days').textContent = String(days); $('#hours').textContent = pad2(hours);
  $('#minutes').textContent = pad2(minutes); $('#seconds').textContent = pad2(Math.floor(left / 1000));
  $('#target-text').textContent = 'Counting down to ' + t.toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
}
$('#custom').addEventListener('submit', function (event) { event.preventDefault(); const v = $('#custom-date').value; if (v) localStorage.setItem(KEY, v); show(); });
$('#clear').addEventListener('click', function () { localStorage.removeItem(KEY); $('#custom-date').value = ''; show(); });
const saved = localStorage.getItem(KEY); if (saved) $('#custom-date').value = saved;
show(); setInterval(show, 1000);
`;

export const TIMER_SCRIPT =
  FORMAT +
  String.raw`
const s = { left: 0, endsAt: null, timer: null };
function total() { return Math.max(1, Number($('#minutes').value) || 1) * 60000; }
function show() { $('#time').textContent = mmss(s.left); }
function tick() {
  s.left = s.endsAt - Date.now();
  if (s.left <= 0) { s.left = 0; clearInterval(s.timer); s.timer = null; s.endsAt = null; $('#done').hidden = false; beep(); }
  show();
}
$('#start').addEventListener('click', function () { if (s.timer) return; if (s.left <= 0) s.left = total(); $('#done').hidden = true; s.endsAt = Date.now() + s.left; s.timer = setInterval(tick, 250); });
$('#pause').addEventListener('click', function () { if (!s.timer) return; clearInterval(s.timer); s.timer = null; s.left = s.endsAt - Date.now(); show(); });
$('#reset').addEventListener('click', function () { clearInterval(s.timer); s.timer = null; s.left = total(); $('#done').hidden = true; show(); });
$('#minutes').addEventListener('change', function () { if (!s.timer) { s.left = total(); show(); } });
s.left = total(); show();
`;
