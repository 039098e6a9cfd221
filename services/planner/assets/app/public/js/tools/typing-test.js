// @ts-check
// Typing speed test: type the words shown for a set time; words per minute and accuracy, every result kept.
import { createGame, numberOption, shuffle } from './game-kit.js';
import { el } from '../dom.js';

const WORDS = (
  'the quick brown fox jumps over lazy dog time people year way day thing man world life hand part child eye ' +
  'woman place work week case point number group problem fact be have do say get make go know take see come ' +
  'think look want give use find tell ask seem feel try leave call good new first last long great little own ' +
  'other old right big high different small large next early young important few public bad same able music ' +
  'river garden window yellow planet coffee market simple summer winter letter friend orange travel morning'
).split(' ');

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'typing-test', field: 'wpm', scoreLabel: 'WPM' });
  const seconds = numberOption(game.options.seconds, 60, 10, 300);
  // Accuracy is on the page from the start, as speed is, not only in the last words of a round.
  const showAccuracy = game.stat('Accuracy', '100 %');
  const text = el('p', { className: 'typing-text' });
  text.style.fontFamily = 'ui-monospace, monospace';
  text.style.lineHeight = '1.8';
  text.style.overflowWrap = 'anywhere';
  const input = /** @type {HTMLInputElement} */ (
    el('input', {
      type: 'text',
      className: 'typing-input',
      autocomplete: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
      'aria-label': 'Type the words here',
    })
  );
  input.style.width = '100%';
  const clock = el('p', { className: 'muted typing-clock' });
  /** @type {string[]} */
  let words = [];
  let index = 0;
  let correctChars = 0;
  let typedChars = 0;
  let startedAt = 0;
  let finished = false;

  function reset() {
    words = shuffle(WORDS).concat(shuffle(WORDS));
    index = 0;
    correctChars = 0;
    typedChars = 0;
    startedAt = 0;
    finished = false;
    input.value = '';
    input.disabled = false;
    clock.textContent = seconds + ' s';
    showAccuracy('100 %');
    game.setStatus('Start typing: the clock starts with your first key. Space moves to the next word.');
    draw();
    input.focus({ preventScroll: true });
  }

  function elapsed() {
    return startedAt ? (performance.now() - startedAt) / 1000 : 0;
  }

  function wpm() {
    const minutes = Math.max(elapsed(), 1) / 60;
    return Math.round(correctChars / 5 / minutes);
  }

  function accuracy() {
    return typedChars ? Math.round((correctChars / typedChars) * 100) : 100;
  }

  function draw() {
    text.replaceChildren(
      ...words.slice(Math.max(0, index - 3), index + 25).map((w, k) => {
        const at = Math.max(0, index - 3) + k;
        const span = el('span', {
          text: w + ' ',
          className: at === index ? 'typing-current' : at < index ? 'typing-done' : '',
        });
        if (at === index) span.style.textDecoration = 'underline';
        if (at < index) span.style.color = 'var(--muted)';
        return span;
      }),
    );
  }

  function stop() {
    finished = true;
    input.disabled = true;
    const result = wpm();
    const acc = accuracy();
    game.setScore(result);
    game.setStatus(result + ' words per minute, ' + acc + ' % accuracy. Restart to try again.');
    void game.finish(result, { accuracy: acc, seconds });
  }

  input.addEventListener('input', () => {
    if (finished) return;
    if (!startedAt) startedAt = performance.now();
    const value = input.value;
    if (!value.endsWith(' ')) return;
    const typed = value.trim();
    const target = words[index];
    typedChars += Math.max(typed.length, target.length) + 1;
    for (let i = 0; i < Math.min(typed.length, target.length); i++)
      if (typed[i] === target[i]) correctChars++;
    if (typed === target) correctChars++;
    index++;
    input.value = '';
    game.setScore(wpm());
    showAccuracy(accuracy() + ' %');
    draw();
  });
  game.every(() => {
    if (!startedAt || finished) return;
    const left = Math.max(0, Math.ceil(seconds - elapsed()));
    clock.textContent = left + ' s · ' + accuracy() + ' % accuracy';
    if (left <= 0) stop();
  }, 250);
  // A key pressed anywhere on the game (the box lost the focus) is typing too: it goes into the box.
  game.onKey((e) => {
    if (finished || e.target === input || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    input.focus({ preventScroll: true });
    input.value += e.key;
    input.dispatchEvent(new Event('input'));
  });
  game.onRestart(reset);
  game.board.append(text, input, clock);
  game.board.style.alignItems = 'stretch';
  reset();
  return game.root;
}
