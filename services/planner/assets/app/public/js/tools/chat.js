// @ts-check
// A chat room: messages kept by the server and fetched every two seconds (simple, and it survives
// proxies that cut long streams), your name remembered in this browser, Enter to send.
import { el } from '../dom.js';
import { input, labelled, textArea } from './tool-fields.js';
import { liveRecords } from './live-kit.js';

const NAME_KEY = 'chat-name';
const SHOWN = 200;

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const collection = String(section.options?.collection ?? 'messages');
  const messages = el('ol', { className: 'plain chat-messages', 'aria-live': 'polite' });
  const empty = el('p', { className: 'empty', text: 'No messages yet. Say hello!' });
  const name = input({ required: true, maxlength: 60, autocomplete: 'nickname' });
  name.value = localStorage.getItem(NAME_KEY) ?? '';
  const message = textArea({ required: true, maxlength: 2000, rows: 3, spellcheck: 'true' });
  let shown = -1;

  function draw() {
    const list = ctx.store.list(collection);
    if (list.length === shown) return;
    shown = list.length;
    const atBottom = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 40;
    const me = name.value.trim();
    messages.replaceChildren(
      ...list.slice(-SHOWN).map((m) => {
        const time = m.createdAt
          ? new Date(m.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
          : '';
        return el('li', { className: m.name === me ? 'mine' : '' }, [
          el('strong', { text: m.name }),
          ' ',
          el('span', { className: 'muted', text: time }),
          el('p', { text: m.message }),
        ]);
      }),
    );
    empty.hidden = list.length > 0;
    if (atBottom) messages.scrollTop = messages.scrollHeight;
  }
  const live = liveRecords(ctx, draw, 2000);
  const form = /** @type {HTMLFormElement} */ (
    el('form', { className: 'chat-form' }, [
      labelled('Your name', name).wrap,
      labelled('Message', message).wrap,
      el('div', { className: 'actions' }, [el('button', { type: 'submit', text: 'Send' })]),
    ])
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const who = name.value.trim();
    const text = message.value.trim();
    if (!who || !text) return live.errors.say('Write your name and a message.', true);
    localStorage.setItem(NAME_KEY, who);
    if (await live.act(() => ctx.store.save(collection, null, { name: who, message: text })))
      message.value = '';
  });
  message.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  return el('div', { className: 'chat' }, [
    messages,
    empty,
    el('h3', { text: 'Send a message' }),
    form,
    live.errors.node,
  ]);
}
