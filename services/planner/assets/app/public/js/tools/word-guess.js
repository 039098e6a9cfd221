// @ts-check
// A five-letter word guessing game: six tries unless the options say; green = right place, yellow = in the word. Best = fewest tries.
import { createGame, numberOption } from './game-kit.js';
import { el } from '../dom.js';

const WORDS = (
  'apple beach brain bread brush chair chest chord click clock cloud dance diary drink earth feast field fruit ' +
  'glass grape green heart horse house juice knife lemon light lunch magic maple money music night ocean olive ' +
  'paint paper party peace pearl phone piano pilot pizza plane plant plate pride queen quiet radio river robot ' +
  'round salad scale shade sheep shelf shirt shoes smile snake sound space spoon sport stone storm sugar table ' +
  'tiger toast tower train truck uncle video voice watch water whale wheel world write yacht young zebra'
).split(' ');
const ROWS = 'qwertyuiop asdfghjkl zxcvbnm'.split(' ');

/** Green, yellow or grey for each letter, counting repeated letters once each. @param {string} guess @param {string} answer */
export function score(guess, answer) {
  const marks = Array(5).fill('absent');
  const left = answer.split('');
  guess.split('').forEach((l, i) => {
    if (answer[i] === l) {
      marks[i] = 'correct';
      left[i] = '';
    }
  });
  guess.split('').forEach((l, i) => {
    const at = left.indexOf(l);
    if (marks[i] !== 'correct' && at !== -1) {
      marks[i] = 'present';
      left[at] = '';
    }
  });
  return marks;
}

const COLORS = {
  correct: 'var(--accent)',
  present: 'color-mix(in srgb, var(--accent) 35%, var(--surface))',
  absent: 'var(--muted)',
};

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'word-guess', lowerIsBetter: true, scoreLabel: 'Tries' });
  const TRIES = numberOption(game.options.tries, 6, 3, 10);
  const grid = el('div', { className: 'game-grid word-grid', role: 'grid', 'aria-label': 'Guesses' });
  grid.style.gridTemplateColumns = 'repeat(5, 1fr)';
  grid.style.maxWidth = '300px';
  const keyboard = el('div', { className: 'word-keys' });
  let answer = '';
  /** @type {string[]} */
  let guesses = [];
  let current = '';
  let over = false;

  function reset() {
    answer = WORDS[Math.floor(Math.random() * WORDS.length)];
    guesses = [];
    current = '';
    over = false;
    game.setStatus('Guess the five-letter word in ' + TRIES + ' tries: type it and press Enter.');
    draw();
  }

  function submit() {
    if (over) return;
    if (current.length < 5) return game.setStatus('Five letters, please.');
    guesses.push(current);
    current = '';
    game.setScore(guesses.length);
    const last = guesses[guesses.length - 1];
    if (last === answer) {
      over = true;
      game.setStatus('Solved in ' + guesses.length + (guesses.length === 1 ? ' try!' : ' tries!'));
      void game.finish(guesses.length);
    } else if (guesses.length >= TRIES) {
      over = true;
      game.setStatus('The word was ' + answer.toUpperCase() + '.');
    } else game.setStatus('');
    draw();
  }

  /** @param {string} key */
  function press(key) {
    if (over) return;
    if (key === 'Enter') return submit();
    if (key === 'Backspace') current = current.slice(0, -1);
    else if (/^[a-z]$/.test(key) && current.length < 5) current += key;
    draw();
  }

  function draw() {
    /** @type {Record<string, string>} */
    const known = {};
    const cells = [];
    for (let r = 0; r < TRIES; r++) {
      const text = r < guesses.length ? guesses[r] : r === guesses.length ? current : '';
      const marks = r < guesses.length ? score(text, answer) : [];
      for (let i = 0; i < 5; i++) {
        const cell = el('div', {
          className: 'game-cell word-cell',
          role: 'gridcell',
          text: (text[i] || '').toUpperCase(),
        });
        cell.style.border = '2px solid var(--border, #ccc)';
        if (marks[i]) {
          cell.style.background = COLORS[/** @type {keyof typeof COLORS} */ (marks[i])];
          cell.style.color = marks[i] === 'present' ? 'var(--text)' : 'var(--accent-text, #fff)';
          cell.setAttribute('data-mark', marks[i]);
          const l = text[i];
          if (known[l] !== 'correct') known[l] = marks[i] === 'absent' && known[l] ? known[l] : marks[i];
        }
        cells.push(cell);
      }
    }
    grid.replaceChildren(...cells);
    keyboard.replaceChildren(
      ...ROWS.map((row, i) =>
        el('div', { className: 'game-row' }, [
          i === 2
            ? el('button', {
                type: 'button',
                className: 'small',
                text: 'Enter',
                onclick: () => press('Enter'),
              })
            : null,
          ...row.split('').map((l) => {
            const key = el('button', {
              type: 'button',
              className: 'secondary small',
              text: l.toUpperCase(),
              'data-letter': l,
              onclick: () => press(l),
            });
            if (known[l]) key.style.background = COLORS[/** @type {keyof typeof COLORS} */ (known[l])];
            return key;
          }),
          i === 2
            ? el('button', {
                type: 'button',
                className: 'secondary small',
                text: '⌫',
                'aria-label': 'Delete',
                onclick: () => press('Backspace'),
              })
            : null,
        ]),
      ),
    );
  }

  game.onKey((e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === 'Enter' || key === 'Backspace' || /^[a-z]$/.test(key)) {
      e.preventDefault();
      press(key);
    }
  });
  game.onRestart(reset);
  game.board.append(grid, keyboard);
  reset();
  return game.root;
}
