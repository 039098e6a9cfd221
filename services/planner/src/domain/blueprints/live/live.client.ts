export const CHAT_SCRIPT = String.raw`
const base = '/api/' + appData().slug;
const NAME_KEY = 'chat-name';
let lastCount = -1;
$('#name').value = localStorage.getItem(NAME_KEY) || '';
function render(messages) {
  if (messages.length === lastCount) return; lastCount = messages.length;
  const list = $('#messages'); const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  list.textContent = '';
  const me = $('#name').value.trim();
  messages.slice(-200).forEach(function (m) {
    const time = m.createdAt ? new Date(m.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
    list.appendChild(el('li', { className: m.name === me ? 'mine' : '' }, [el('strong', { text: m.name }), ' ', el('span', { className: 'muted', text: time }), el('p', { text: m.message })]));
  });
  $('#empty').hidden = messages.length > 0;
  if (atBottom) list.scrollTop = list.scrollHeight;
}
function refresh() { return api('GET', base).then(function (m) { render(m); showError($('#error'), null); }).catch(function (e) { showError($('#error'), e); }); }
$('#send-form').addEventListener('submit', function (e) {
  e.preventDefault();
  const name = $('#name').value.trim(); const message = $('#message').value.trim();
  if (!name || !message) { showError($('#error'), new Error('Write your name and a message.')); return; }
  localStorage.setItem(NAME_KEY, name);
  api('POST', base, { name: name, message: message }).then(function () { $('#message').value = ''; lastCount = -1; return refresh(); })
    .catch(function (err) { showError($('#error'), err); });
});
$('#message').addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('#send-form').requestSubmit(); } });
refresh(); setInterval(refresh, 2000);
`;

export const POLL_SCRIPT = String.raw`
const base = '/api/' + appData().slug;
const VOTED_KEY = 'poll-voted';
function render(options) {
  const voted = localStorage.getItem(VOTED_KEY);
  const list = $('#options'); list.textContent = '';
  options.forEach(function (o) {
    list.appendChild(el('li', {}, [el('span', { text: o.option }), el('button', { type: 'button', text: 'Vote', 'aria-label': 'Vote for ' + o.option, disabled: !!voted, onclick: function () { vote(o); } })]));
  });
  renderBars($('#chart'), options.map(function (o) { return { label: o.option, value: Number(o.votes) || 0 }; }));
  $('#total').textContent = String(options.reduce(function (s, o) { return s + (Number(o.votes) || 0); }, 0));
  const choice = options.find(function (o) { return o.id === voted; });
  $('#voted').textContent = choice ? 'You voted for ' + choice.option + '.' : '';
}
function refresh() { return api('GET', base).then(render).catch(function (e) { showError($('#error'), e); }); }
function vote(option) {
  api('POST', base + '/' + option.id + '/increment', { field: 'votes' }).then(function () { localStorage.setItem(VOTED_KEY, option.id); return refresh(); })
    .catch(function (e) { showError($('#error'), e); });
}
$('#add-form').addEventListener('submit', function (e) {
  e.preventDefault();
  const name = $('#new-option').value.trim(); if (!name) return;
  api('POST', base, { option: name, votes: 0 }).then(function () { $('#new-option').value = ''; return refresh(); }).catch(function (err) { showError($('#error'), err); });
});
refresh(); setInterval(refresh, 3000);
`;
