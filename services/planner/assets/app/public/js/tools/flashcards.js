// @ts-check
// Flashcards kept by the app's server: flip (click, the Flip button or Space), move through them (arrow
// keys too), shuffle, count the ones known this session, add and delete cards.
import { el, statusArea } from '../dom.js';
import { input, labelled } from './tool-fields.js';
import { useStylesheet } from './stylesheet.js';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  useStylesheet('/css/games.css');
  const collection = String(section.options?.collection ?? 'cards');
  const frontLabel = String(section.options?.frontLabel ?? 'Front');
  const backLabel = String(section.options?.backLabel ?? 'Back');
  const state = { index: 0, flipped: false, known: 0, /** @type {Record<string, any>[]} */ order: [] };
  const position = el('span', { text: '0' });
  const total = el('span', { text: '0' });
  const side = el('span', { className: 'muted flashcard-side' });
  const word = el('span', { text: 'Loading…' });
  const known = el('strong', { text: '0' });
  const errors = statusArea();

  /** The cards in the order shown: the store's, or the shuffled order while it still holds the same cards. */
  function cards() {
    const stored = ctx.store.list(collection);
    const ids = new Set(stored.map((c) => c.id));
    if (state.order.length !== stored.length || !state.order.every((c) => ids.has(c.id)))
      state.order = stored;
    return state.order;
  }
  function show() {
    const all = cards();
    if (state.index >= all.length) state.index = 0;
    const card = all[state.index];
    total.textContent = String(all.length);
    position.textContent = all.length ? String(state.index + 1) : '0';
    known.textContent = String(state.known);
    side.textContent = card ? (state.flipped ? backLabel : frontLabel) : '';
    word.textContent = card ? String(state.flipped ? card.back : card.front) : 'No cards yet: add one below.';
  }
  const flip = () => {
    state.flipped = !state.flipped;
    show();
  };
  const move = (/** @type {number} */ step) => {
    const n = cards().length;
    if (!n) return;
    state.index = (state.index + step + n) % n;
    state.flipped = false;
    show();
  };
  const shuffle = () => {
    const order = [...cards()];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    Object.assign(state, { order, index: 0, flipped: false });
    show();
  };
  const onKey = (/** @type {KeyboardEvent} */ e) => {
    if (e.target instanceof HTMLElement && /INPUT|TEXTAREA|SELECT/.test(e.target.tagName)) return;
    if (e.key === ' ') {
      e.preventDefault();
      flip();
    } else if (e.key === 'ArrowRight') move(1);
    else if (e.key === 'ArrowLeft') move(-1);
  };
  document.addEventListener('keydown', onKey);
  ctx.onCleanup(() => document.removeEventListener('keydown', onKey));
  ctx.onCleanup(ctx.store.subscribe(show));

  const front = input({ required: true, maxlength: 500 });
  const back = input({ required: true, maxlength: 500 });
  const add = async (/** @type {Event} */ e) => {
    e.preventDefault();
    try {
      const card = await ctx.store.save(collection, null, {
        front: front.value.trim(),
        back: back.value.trim(),
      });
      front.value = '';
      back.value = '';
      errors.say('');
      state.index = Math.max(
        0,
        cards().findIndex((c) => c.id === card?.id),
      );
      state.flipped = false;
      show();
    } catch (error) {
      errors.say(error instanceof Error ? error.message : String(error), true);
    }
  };
  const remove = async () => {
    const card = cards()[state.index];
    if (!card) return;
    try {
      await ctx.store.remove(collection, card.id);
    } catch (error) {
      errors.say(error instanceof Error ? error.message : String(error), true);
    }
  };
  const button = (/** @type {string} */ text, /** @type {() => void} */ onclick, className = 'secondary') =>
    el('button', { type: 'button', className, text, onclick });
  show();
  return el('div', { className: 'flashcards' }, [
    el('p', { className: 'muted' }, ['Card ', position, ' of ', total]),
    el('button', { type: 'button', className: 'flashcard secondary', 'aria-live': 'polite', onclick: flip }, [
      side,
      word,
    ]),
    el('div', { className: 'actions' }, [
      button('Previous', () => move(-1)),
      button('Flip', flip, ''),
      button('Next', () => move(1)),
      button('Shuffle', shuffle),
    ]),
    el('div', { className: 'actions' }, [
      button('I knew it', () => {
        state.known += 1;
        move(1);
      }),
      el('span', { className: 'muted' }, ['Known this session: ', known]),
    ]),
    el('h3', { text: 'Add a card' }),
    el('form', { className: 'flashcard-form', onsubmit: add }, [
      labelled(frontLabel, front).wrap,
      labelled(backLabel, back).wrap,
      el('div', { className: 'actions' }, [
        el('button', { type: 'submit', text: 'Add card' }),
        button('Delete current card', remove, 'danger'),
      ]),
    ]),
    errors.node,
  ]);
}
