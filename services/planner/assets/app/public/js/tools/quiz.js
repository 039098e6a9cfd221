// @ts-check
// A multiple-choice quiz: one question at a time, the right answer shown after each pick, the score as
// it goes and at the end, and Play again.
import { el, uid } from '../dom.js';
import { useStylesheet } from './stylesheet.js';

/** @typedef {{ question: string, choices: string[], answer: string }} Question */

/** The questions of the options that have a question, choices and an answer. @param {unknown} value @returns {Question[]} */
function readQuestions(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (q) => q && typeof q.question === 'string' && Array.isArray(q.choices) && typeof q.answer === 'string',
  );
}

/** @param {any} section */
export function render(section) {
  useStylesheet('/css/games.css');
  const questions = readQuestions(section.options?.questions);
  const state = { index: 0, score: 0, answered: false };
  const number = el('span', { text: '1' });
  const score = el('strong', { text: '0' });
  const question = el('h3', { className: 'quiz-question' });
  const choices = el('div', { className: 'quiz-choices', role: 'group' });
  const feedback = el('p', { role: 'status', 'aria-live': 'polite' });
  const next = el('button', { type: 'button', text: 'Next question', hidden: true });
  const again = el('button', { type: 'button', className: 'secondary', text: 'Play again', hidden: true });

  function show() {
    const q = questions[state.index];
    number.textContent = String(state.index + 1);
    score.textContent = String(state.score);
    question.textContent = q.question;
    feedback.textContent = '';
    choices.replaceChildren(
      ...q.choices.map((choice) =>
        el('button', { type: 'button', className: 'secondary', text: choice, onclick: () => answer(choice) }),
      ),
    );
    next.hidden = true;
    again.hidden = true;
    state.answered = false;
  }
  /** @param {string} choice */
  function answer(choice) {
    if (state.answered) return;
    state.answered = true;
    const q = questions[state.index];
    const right = choice === q.answer;
    if (right) state.score += 1;
    for (const button of /** @type {HTMLButtonElement[]} */ ([...choices.children])) {
      button.disabled = true;
      if (button.textContent === q.answer) button.classList.add('right');
      else if (button.textContent === choice) button.classList.add('wrong');
    }
    feedback.textContent = right ? 'Correct!' : 'Not quite: the answer is ' + q.answer + '.';
    score.textContent = String(state.score);
    if (state.index + 1 < questions.length) next.hidden = false;
    else {
      feedback.textContent += ' Final score: ' + state.score + ' of ' + questions.length + '.';
      again.hidden = false;
    }
  }
  next.addEventListener('click', () => {
    state.index += 1;
    show();
  });
  again.addEventListener('click', () => {
    state.index = 0;
    state.score = 0;
    show();
  });
  if (questions.length === 0) return el('p', { className: 'empty', text: 'No questions yet.' });
  question.id = uid('quiz-question');
  choices.setAttribute('aria-labelledby', question.id);
  show();
  return el('div', { className: 'quiz' }, [
    el('p', { className: 'muted' }, ['Question ', number, ' of ' + questions.length + ' · Score: ', score]),
    question,
    choices,
    feedback,
    el('div', { className: 'actions' }, [next, again]),
  ]);
}
