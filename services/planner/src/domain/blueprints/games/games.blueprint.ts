import type { AppSpecV1 } from '@isekai/contracts';
import type { BlueprintOutput } from '../shared/blueprint.types.js';
import { escapeHtml, slugOf } from '../shared/html.js';
import { FLASHCARDS_SCRIPT, QUIZ_SCRIPT, TIC_TAC_TOE_SCRIPT } from './games.client.js';

interface Question {
  question: string;
  choices: string[];
  answer: string;
}

function readQuestions(value: unknown): Question[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (q): q is Question =>
      typeof q === 'object' &&
      q !== null &&
      typeof (q as Question).question === 'string' &&
      Array.isArray((q as Question).choices) &&
      typeof (q as Question).answer === 'string',
  );
}

export function renderQuiz(spec: AppSpecV1): BlueprintOutput {
  const questions = readQuestions(spec.options.questions);
  const first = questions[0];
  return {
    main: `<section class="card" aria-labelledby="question">
<p class="muted">Question <span id="number">1</span> of <span id="count">${questions.length}</span> · Score: <strong id="score">0</strong></p>
<h2 id="question">${escapeHtml(first?.question ?? 'No questions yet')}</h2>
<div id="choices" class="choices" role="group" aria-labelledby="question">${(first?.choices ?? []).map((c) => `<button type="button" class="secondary">${escapeHtml(c)}</button>`).join('')}</div>
<p id="feedback" role="status" aria-live="polite"></p>
<div class="actions"><button type="button" id="next" hidden>Next question</button><button type="button" id="restart" class="secondary" hidden>Play again</button></div>
</section>`,
    script: QUIZ_SCRIPT,
    clientData: { questions },
    css: '.choices { display: grid; gap: .5rem; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); } .choices button.right { background: var(--ok); color: #fff; } .choices button.wrong { background: var(--danger); color: #fff; }',
  };
}

export function renderTicTacToe(): BlueprintOutput {
  const cells = Array.from(
    { length: 9 },
    (_, i) =>
      `<button type="button" class="cell secondary" data-cell="${i}" aria-label="Square ${i + 1}, empty"></button>`,
  ).join('');
  return {
    main: `<section class="card center" aria-labelledby="status">
<h2 id="status" aria-live="polite">Player X's turn</h2>
<div class="board" role="grid">${cells}</div>
<div class="actions"><button type="button" id="new-game">New game</button><label class="field check"><input type="checkbox" id="vs-computer"> Play against the computer</label></div>
<p>Score · X: <strong id="score-x">0</strong> · O: <strong id="score-o">0</strong> · Draws: <strong id="score-draw">0</strong></p>
</section>`,
    script: TIC_TAC_TOE_SCRIPT,
    css: '.board { display: grid; grid-template-columns: repeat(3, minmax(70px, 110px)); gap: .5rem; justify-content: center; margin: 1rem auto; } .cell { aspect-ratio: 1; font-size: 2.5rem; min-height: 70px; } .cell.win { background: var(--ok); color: #fff; }',
  };
}

export function renderFlashcards(spec: AppSpecV1): BlueprintOutput {
  const entity = spec.entities[0];
  const slug = slugOf(entity?.plural ?? 'cards');
  const seed = Array.isArray(spec.options.seed) ? (spec.options.seed as Record<string, unknown>[]) : [];
  const frontLabel = typeof spec.options.frontLabel === 'string' ? spec.options.frontLabel : 'Front';
  const backLabel = typeof spec.options.backLabel === 'string' ? spec.options.backLabel : 'Back';
  const fields = entity?.fields ?? [];
  return {
    main: `<section class="card center" aria-labelledby="card-title">
<h2 id="card-title" class="visually-hidden">Flashcard</h2>
<p class="muted">Card <span id="position">0</span> of <span id="total">0</span></p>
<button type="button" id="card" class="flashcard secondary" aria-live="polite"><span id="side" class="muted">${escapeHtml(frontLabel)}</span><span id="word">Loading…</span></button>
<div class="actions"><button type="button" id="prev" class="secondary">Previous</button><button type="button" id="flip">Flip</button><button type="button" id="next" class="secondary">Next</button><button type="button" id="shuffle" class="secondary">Shuffle</button></div>
<div class="actions"><button type="button" id="known" class="secondary">I knew it</button><span class="muted">Known this session: <strong id="known-count">0</strong></span></div>
</section>
<section class="card" aria-labelledby="add-title">
<h2 id="add-title">Add a card</h2>
<form id="add-card" class="grid">
<div class="field"><label for="front">${escapeHtml(frontLabel)}</label><input id="front" required maxlength="500"></div>
<div class="field"><label for="back">${escapeHtml(backLabel)}</label><input id="back" required maxlength="500"></div>
<div class="actions"><button type="submit">Add card</button><button type="button" id="delete-card" class="danger">Delete current card</button></div>
</form>
<p id="error" class="error" role="alert" hidden></p>
</section>`,
    script: FLASHCARDS_SCRIPT,
    collections: [{ slug, fields, seed }],
    clientData: { slug, frontLabel, backLabel },
    css: '.flashcard { display: flex; flex-direction: column; gap: .5rem; width: min(100%, 420px); min-height: 200px; margin: 0 auto; font-size: 2rem; border-radius: 16px; } .flashcard #side { font-size: .9rem; }',
  };
}
