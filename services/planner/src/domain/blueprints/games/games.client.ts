export const QUIZ_SCRIPT = String.raw`
const questions = appData().questions;
const s = { index: 0, score: 0, answered: false };
function show() {
  const q = questions[s.index];
  $('#number').textContent = String(s.index + 1); $('#score').textContent = String(s.score);
  $('#question').textContent = q.question; $('#feedback').textContent = '';
  const box = $('#choices'); box.textContent = '';
  q.choices.forEach(function (choice) { box.appendChild(el('button', { type: 'button', className: 'secondary', text: choice, onclick: function () { answer(choice); } })); });
  $('#next').hidden = true; $('#restart').hidden = true; s.answered = false;
}
function answer(choice) {
  if (s.answered) return; s.answered = true;
  const q = questions[s.index]; const right = choice === q.answer;
  if (right) s.score += 1;
  $all('#choices button').forEach(function (b) { b.disabled = true; if (b.textContent === q.answer) b.classList.add('right'); else if (b.textContent === choice) b.classList.add('wrong'); });
  $('#feedback').textContent = right ? 'Correct!' : 'Not quite: the answer is ' + q.answer + '.';
  $('#score').textContent = String(s.score);
  if (s.index + 1 < questions.length) $('#next').hidden = false;
  else { $('#feedback').textContent += ' Final score: ' + s.score + ' of ' + questions.length + '.'; $('#restart').hidden = false; }
}
$('#next').addEventListener('click', function () { s.index += 1; show(); });
$('#restart').addEventListener('click', function () { s.index = 0; s.score = 0; show(); });
if (questions.length) show();
`;

export const TIC_TAC_TOE_SCRIPT = String.raw`
const LINES = [[0,1,2],[3,4,5],[6,7,8],[0,3,6],[1,4,7],[2,5,8],[0,4,8],[2,4,6]];
const s = { board: Array(9).fill(''), turn: 'X', over: false, score: { X: 0, O: 0, draw: 0 } };
const cells = $all('[data-cell]');
function winner(b) { for (const l of LINES) { if (b[l[0]] && b[l[0]] === b[l[1]] && b[l[0]] === b[l[2]]) return l; } return null; }
function render(line) {
  cells.forEach(function (c, i) { c.textContent = s.board[i]; c.setAttribute('aria-label', 'Square ' + (i + 1) + ', ' + (s.board[i] || 'empty')); c.classList.toggle('win', !!line && line.indexOf(i) !== -1); c.disabled = s.over || !!s.board[i]; });
  $('#score-x').textContent = s.score.X; $('#score-o').textContent = s.score.O; $('#score-draw').textContent = s.score.draw;
}
function play(i) {
  if (s.over || s.board[i]) return;
  s.board[i] = s.turn;
  const line = winner(s.board);
  if (line) { s.over = true; s.score[s.turn] += 1; $('#status').textContent = 'Player ' + s.turn + ' wins!'; }
  else if (s.board.every(Boolean)) { s.over = true; s.score.draw += 1; $('#status').textContent = "It's a draw."; }
  else { s.turn = s.turn === 'X' ? 'O' : 'X'; $('#status').textContent = 'Player ' + s.turn + "'s turn"; }
  render(line);
  if (!s.over && s.turn === 'O' && $('#vs-computer').checked) setTimeout(computerMove, 250);
}
function computerMove() {
  const free = s.board.map(function (v, i) { return v ? -1 : i; }).filter(function (i) { return i >= 0; });
  function tryFor(mark) { for (const i of free) { const b = s.board.slice(); b[i] = mark; if (winner(b)) return i; } return -1; }
  let move = tryFor('O'); if (move < 0) move = tryFor('X');
  if (move < 0) move = free.indexOf(4) !== -1 ? 4 : free[Math.floor(Math.random() * free.length)];
  play(move);
}
cells.forEach(function (c) { c.addEventListener('click', function () { play(Number(c.getAttribute('data-cell'))); }); });
$('#new-game').addEventListener('click', function () { s.board = Array(9).fill(''); s.turn = 'X'; s.over = false; $('#status').textContent = "Player X's turn"; render(null); });
render(null);
`;

export const FLASHCARDS_SCRIPT = String.raw`
const cfg = appData();
const base = '/api/' + cfg.slug;
const s = { cards: [], index: 0, flipped: false, known: 0 };
function show() {
  const card = s.cards[s.index];
  $('#total').textContent = String(s.cards.length); $('#position').textContent = s.cards.length ? String(s.index + 1) : '0';
  if (!card) { $('#word').textContent = 'No cards yet: add one below.'; $('#side').textContent = ''; return; }
  $('#side').textContent = s.flipped ? cfg.backLabel : cfg.frontLabel;
  $('#word').textContent = s.flipped ? card.back : card.front;
  $('#known-count').textContent = String(s.known);
}
function move(step) { if (!s.cards.length) return; s.index = (s.index + step + s.cards.length) % s.cards.length; s.flipped = false; show(); }
function load() {
  return api('GET', base).then(function (cards) { s.cards = cards; if (s.index >= cards.length) s.index = 0; show(); }).catch(function (e) { showError($('#error'), e); });
}
$('#flip').addEventListener('click', function () { s.flipped = !s.flipped; show(); });
$('#card').addEventListener('click', function () { s.flipped = !s.flipped; show(); });
$('#next').addEventListener('click', function () { move(1); });
$('#prev').addEventListener('click', function () { move(-1); });
$('#known').addEventListener('click', function () { s.known += 1; move(1); });
$('#shuffle').addEventListener('click', function () {
  for (let i = s.cards.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); const t = s.cards[i]; s.cards[i] = s.cards[j]; s.cards[j] = t; }
  s.index = 0; s.flipped = false; show();
});
document.addEventListener('keydown', function (e) {
  if (e.target && /INPUT|TEXTAREA/.test(e.target.tagName)) return;
  if (e.key === ' ') { e.preventDefault(); s.flipped = !s.flipped; show(); }
  if (e.key === 'ArrowRight') move(1);
  if (e.key === 'ArrowLeft') move(-1);
});
$('#add-card').addEventListener('submit', function (e) {
  e.preventDefault();
  api('POST', base, { front: $('#front').value.trim(), back: $('#back').value.trim() }).then(function (card) {
    $('#front').value = ''; $('#back').value = ''; showError($('#error'), null);
    return load().then(function () { s.index = s.cards.findIndex(function (c) { return c.id === card.id; }); s.flipped = false; show(); });
  }).catch(function (err) { showError($('#error'), err); });
});
$('#delete-card').addEventListener('click', function () {
  const card = s.cards[s.index]; if (!card) return;
  api('DELETE', base + '/' + card.id).then(load).catch(function (err) { showError($('#error'), err); });
});
load();
`;
