// @ts-check
// A poll: vote once from this browser, the results as bars for everyone (refreshed as others vote), and
// options anyone can add. Votes are counted by the server, one at a time, so none is lost.
import { api } from '../api.js';
import { el } from '../dom.js';
import { input, labelled } from './tool-fields.js';
import { liveRecords } from './live-kit.js';

const VOTED_KEY = 'poll-voted';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const collection = String(section.options?.collection ?? 'options');
  const question = String(section.options?.question ?? 'Which option do you like best?');
  const options = el('ul', { className: 'plain poll-options' });
  const voted = el('p', { className: 'muted', 'aria-live': 'polite' });
  const bars = el('div', {
    className: 'poll-bars',
    role: 'img',
    'aria-label': 'Votes per option as a bar chart',
  });
  const total = el('strong', { text: '0' });
  const votes = (/** @type {Record<string, any>} */ o) => Number(o.votes) || 0;

  function draw() {
    const list = ctx.store.list(collection);
    const mine = localStorage.getItem(VOTED_KEY);
    options.replaceChildren(
      ...list.map((o) =>
        el('li', {}, [
          el('span', { text: o.option }),
          el('button', {
            type: 'button',
            text: 'Vote',
            'aria-label': 'Vote for ' + o.option,
            disabled: Boolean(mine),
            onclick: () => vote(o),
          }),
        ]),
      ),
    );
    const most = Math.max(1, ...list.map(votes));
    bars.replaceChildren(
      ...list.map((o) => {
        const fill = el('div', { className: 'bar-fill' });
        fill.style.width = Math.round((votes(o) / most) * 100) + '%';
        return el('div', { className: 'bar-row' }, [
          el('span', { text: o.option }),
          el('div', { className: 'bar-track', role: 'presentation' }, [fill]),
          el('strong', { text: String(votes(o)) }),
        ]);
      }),
    );
    total.textContent = String(list.reduce((sum, o) => sum + votes(o), 0));
    const choice = list.find((o) => o.id === mine);
    voted.textContent = choice ? 'You voted for ' + choice.option + '.' : '';
  }
  const live = liveRecords(ctx, draw, 3000);
  /** @param {Record<string, any>} option */
  const vote = (option) =>
    live.act(async () => {
      await api('POST', '/api/' + collection + '/' + option.id + '/increment', { field: 'votes' });
      localStorage.setItem(VOTED_KEY, option.id);
      await ctx.store.refresh();
    });
  const added = input({ required: true, maxlength: 100 });
  const add = async (/** @type {Event} */ e) => {
    e.preventDefault();
    const option = added.value.trim();
    if (option && (await live.act(() => ctx.store.save(collection, null, { option, votes: 0 }))))
      added.value = '';
  };
  return el('div', { className: 'poll' }, [
    el('h3', { text: question }),
    el('p', { className: 'muted', text: 'Vote for an option; you can vote once from this browser.' }),
    options,
    voted,
    el('h3', { text: 'Results' }),
    bars,
    el('p', {}, ['Total votes: ', total]),
    el('form', { className: 'actions', onsubmit: add }, [
      labelled('Add an option', added).wrap,
      el('button', { type: 'submit', className: 'secondary', text: 'Add option' }),
    ]),
    live.errors.node,
  ]);
}
