// @ts-check
// Guess the number: the app picks a whole number in a range, each guess is told "higher" or "lower".
// Score = guesses taken; the best is the fewest. With `tries`, a round is lost after that many guesses.
import { createGame, numberOption } from './game-kit.js';
import { el } from '../dom.js';

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'number-guess', lowerIsBetter: true, scoreLabel: 'Guesses' });
  const low = numberOption(game.options.low, 1, -1_000_000, 1_000_000);
  const high = Math.max(low + 1, numberOption(game.options.high, 100, -1_000_000, 1_000_000));
  const tries = numberOption(game.options.tries, 0, 0, 99);
  const showRange = game.stat('Between', low + ' and ' + high);
  const input = /** @type {HTMLInputElement} */ (
    el('input', {
      type: 'number',
      inputmode: 'numeric',
      min: String(low),
      max: String(high),
      step: '1',
      placeholder: low + '–' + high,
      'aria-label': 'Your guess',
      className: 'number-guess-input',
    })
  );
  const guessButton = el('button', { type: 'submit', text: 'Guess' });
  const form = el('form', { className: 'game-row number-guess-form' }, [input, guessButton]);
  const history = el('ol', { className: 'number-guess-history', 'aria-label': 'Your guesses' });
  let secret = 0;
  /** What the hints have ruled out so far, shown so a person can reason. */
  let from = low;
  let to = high;
  /** @type {number[]} */
  let guesses = [];
  let over = false;

  function reset() {
    secret = low + Math.floor(Math.random() * (high - low + 1));
    from = low;
    to = high;
    guesses = [];
    over = false;
    input.value = '';
    input.disabled = false;
    showRange(from + ' and ' + to);
    history.replaceChildren();
    // The rule is said before the first guess, in the words a player knows the game by.
    game.setStatus(
      'Guess a number between ' +
        low +
        ' and ' +
        high +
        (tries ? ', in ' + tries + ' tries or fewer' : '') +
        ': each guess is told higher or lower.',
    );
  }

  function guess() {
    if (over) return game.restart();
    const value = Number(input.value);
    if (input.value.trim() === '' || !Number.isInteger(value) || value < low || value > high)
      return game.setStatus('Type a whole number from ' + low + ' to ' + high + ', then press Guess.');
    guesses.push(value);
    game.setScore(guesses.length);
    const hint = value < secret ? 'Higher' : value > secret ? 'Lower' : 'Right';
    if (value < secret) from = Math.max(from, value + 1);
    if (value > secret) to = Math.min(to, value - 1);
    showRange(from + ' and ' + to);
    history.prepend(el('li', { text: value + ': ' + (hint === 'Right' ? 'got it' : hint.toLowerCase()) }));
    input.value = '';
    if (hint === 'Right') {
      over = true;
      game.setStatus(
        'Yes, ' + secret + '! ' + guesses.length + (guesses.length === 1 ? ' guess.' : ' guesses.'),
      );
      void game.finish(guesses.length);
    } else if (tries && guesses.length >= tries) {
      over = true;
      game.setStatus('Out of tries: the number was ' + secret + '.');
    } else game.setStatus(hint + ' than ' + value + '.');
    input.disabled = over;
    if (!over) input.focus({ preventScroll: true });
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    guess();
  });
  // Typed digits reach the guess even before the box is clicked; the box itself types as any input.
  game.onKey((e) => {
    if (e.target === input || e.ctrlKey || e.metaKey || e.altKey) return;
    if (/^[0-9-]$/.test(e.key) && !over) {
      input.value += e.key;
      input.focus({ preventScroll: true });
      e.preventDefault();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      guess();
    }
  });
  game.onRestart(reset);
  game.board.append(form, history);
  reset();
  return game.root;
}
