// @ts-check
// Hangman: guess the word letter by letter before the drawing is complete. Score = words in a row.
import { createGame } from './game-kit.js';
import { el } from '../dom.js';

export const WORD_THEMES = {
  animals: [
    'elephant',
    'giraffe',
    'kangaroo',
    'penguin',
    'dolphin',
    'tiger',
    'zebra',
    'octopus',
    'squirrel',
    'rabbit',
    'hedgehog',
    'flamingo',
    'crocodile',
    'panther',
    'camel',
  ],
  countries: [
    'france',
    'brazil',
    'canada',
    'japan',
    'kenya',
    'norway',
    'mexico',
    'india',
    'egypt',
    'portugal',
    'argentina',
    'vietnam',
    'germany',
    'australia',
    'morocco',
  ],
  fruit: [
    'banana',
    'apple',
    'mango',
    'cherry',
    'pineapple',
    'strawberry',
    'grape',
    'orange',
    'papaya',
    'coconut',
    'apricot',
    'melon',
    'kiwi',
    'raspberry',
    'lemon',
  ],
  food: [
    'pizza',
    'pasta',
    'burger',
    'pancake',
    'noodles',
    'sandwich',
    'omelette',
    'risotto',
    'burrito',
    'dumpling',
    'lasagna',
    'salad',
    'waffle',
    'curry',
    'sushi',
  ],
  sports: [
    'football',
    'tennis',
    'cricket',
    'hockey',
    'baseball',
    'swimming',
    'cycling',
    'rugby',
    'volleyball',
    'badminton',
    'boxing',
    'archery',
    'skiing',
    'golf',
    'rowing',
  ],
  colors: [
    'purple',
    'orange',
    'yellow',
    'turquoise',
    'crimson',
    'magenta',
    'silver',
    'indigo',
    'scarlet',
    'violet',
    'maroon',
    'emerald',
    'golden',
    'lavender',
    'beige',
  ],
  space: [
    'planet',
    'galaxy',
    'comet',
    'asteroid',
    'nebula',
    'rocket',
    'astronaut',
    'meteor',
    'jupiter',
    'saturn',
    'mercury',
    'orbit',
    'telescope',
    'satellite',
    'eclipse',
  ],
  jobs: [
    'teacher',
    'doctor',
    'pilot',
    'farmer',
    'baker',
    'plumber',
    'lawyer',
    'dentist',
    'engineer',
    'nurse',
    'painter',
    'chef',
    'gardener',
    'architect',
    'librarian',
  ],
};
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const PARTS = 7;

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'hangman', scoreLabel: 'Streak' });
  const known = (/** @type {unknown} */ name) =>
    typeof name === 'string' && Object.prototype.hasOwnProperty.call(WORD_THEMES, name);
  // The prompt's themes ("animals and sports"), each a choice, and all of them mixed the first choice.
  const named = /** @type {(keyof typeof WORD_THEMES)[]} */ (
    (Array.isArray(game.options.themes) ? game.options.themes : [game.options.theme]).filter(known)
  );
  const themes = named.length ? named : /** @type {(keyof typeof WORD_THEMES)[]} */ (['animals']);
  const custom = Array.isArray(game.options.words)
    ? game.options.words.map((w) => String(w).toLowerCase()).filter((w) => /^[a-z]{3,}$/.test(w))
    : [];
  const MIXED = 'mixed';
  let theme = themes.length > 1 ? MIXED : themes[0];
  const themeWords = () =>
    custom.length
      ? custom
      : theme === MIXED
        ? themes.flatMap((t) => WORD_THEMES[t])
        : WORD_THEMES[/** @type {keyof typeof WORD_THEMES} */ (theme)];
  const themeLabel = () =>
    custom.length ? 'your words' : theme === MIXED ? themes.join(' and ') : String(theme);
  const picker =
    themes.length > 1 && !custom.length
      ? el('label', { className: 'game-level' }, [
          'Words ',
          el(
            'select',
            {
              onchange: (/** @type {Event} */ e) => {
                theme = /** @type {HTMLSelectElement} */ (e.target).value;
                game.restart();
              },
            },
            [
              el('option', { value: MIXED, text: 'All: ' + themes.join(', '), selected: true }),
              ...themes.map((t) => el('option', { value: t, text: t[0].toUpperCase() + t.slice(1) })),
            ],
          ),
        ])
      : null;
  const wordNode = el('p', { className: 'game-word', 'aria-live': 'polite' });
  const misses = el('p', { className: 'muted hangman-misses' });
  // The wrong guesses a word still allows, in the bar as lives, as people count them.
  const showLives = game.stat('Lives', PARTS);
  const keys = el('div', { className: 'game-row hangman-keys' });
  let word = '';
  /** @type {Set<string>} */
  let guessed = new Set();
  let wrong = 0;
  let over = false;
  let streak = 0;

  function next() {
    const words = themeWords();
    let pick = word;
    while (pick === word && words.length > 1) pick = words[Math.floor(Math.random() * words.length)];
    word = pick || words[0];
    guessed = new Set();
    wrong = 0;
    over = false;
    game.setStatus(
      'Guess the word, letter by letter. Theme: ' + themeLabel() + '. Type letters or press them.',
    );
    draw();
  }

  function reset() {
    streak = 0;
    next();
  }

  /** @param {string} letter */
  function guess(letter) {
    if (over) {
      next();
      return;
    }
    if (guessed.has(letter)) return;
    guessed.add(letter);
    if (!word.includes(letter)) wrong++;
    if (word.split('').every((l) => guessed.has(l))) {
      over = true;
      streak++;
      game.setScore(streak);
      game.setStatus('You got it: ' + word + '! Press a letter for the next word.');
      // A streak is kept when it beats the best, so it is not lost if the person leaves mid-run.
      const best = game.best();
      if (best === null || streak > best) void game.finish(streak);
    } else if (wrong >= PARTS) {
      over = true;
      game.setStatus('Out of guesses: the word was ' + word + '. Press a letter to try another.');
      streak = 0;
      game.setScore(0);
    }
    draw();
  }

  function draw() {
    wordNode.textContent = word
      .split('')
      .map((l) => (guessed.has(l) || over ? l : '_'))
      .join('');
    showLives(PARTS - wrong);
    misses.textContent =
      'Misses: ' + wrong + ' of ' + PARTS + ' ' + '●'.repeat(wrong) + '○'.repeat(PARTS - wrong);
    keys.replaceChildren(
      ...LETTERS.map((l) =>
        el('button', {
          type: 'button',
          className: 'secondary small',
          text: l.toUpperCase(),
          'data-letter': l,
          disabled: guessed.has(l) && !over,
          onclick: () => guess(l),
        }),
      ),
    );
  }

  game.onKey((e) => {
    if (/^[a-zA-Z]$/.test(e.key) && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      guess(e.key.toLowerCase());
    }
  });
  game.onRestart(reset);
  game.board.append(...(picker ? [picker] : []), wordNode, misses, keys);
  reset();
  return game.root;
}
