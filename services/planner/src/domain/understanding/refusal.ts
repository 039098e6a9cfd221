// A prompt the engine cannot make sense of is answered 422 with things it can build, never with an
// app named after the prompt's words.
import { AppError } from '@isekai/service-kit';

const EXAMPLES = [
  'a lending library for books and members, with due dates',
  'a landing page for a bakery with pricing, an FAQ and a contact form',
  'an expense tracker with categories and a monthly chart',
  'a habit tracker with streaks',
];

export function suggestionsFor(near: string[]): string[] {
  const fromNear = near.slice(0, 2).map((name) => `a ${name.toLowerCase()} app`);
  return [...fromNear, ...EXAMPLES].slice(0, 4);
}

export function notUnderstood(prompt: string, near: string[]): AppError {
  const shown = prompt.length > 60 ? `${prompt.slice(0, 57)}…` : prompt;
  return new AppError({
    code: 'prompt-not-understood',
    status: 422,
    message: `Could not tell what app “${shown}” should be. Say what it keeps track of or what it does, for example one of the suggestions.`,
    details: { suggestions: suggestionsFor(near) },
  });
}

/** Games the offline engine has no blueprint for are refused honestly rather than built as a list. */
export function gameNotBuilt(prompt: string): AppError {
  return new AppError({
    code: 'prompt-not-understood',
    status: 422,
    message: `The offline engine cannot build “${prompt.length > 60 ? `${prompt.slice(0, 57)}…` : prompt}” yet: its games are tic-tac-toe, a quiz and flashcards. A language-model engine (PLANNER_ENGINE=openai or anthropic) can write other games.`,
    details: {
      suggestions: [
        'a tic-tac-toe game',
        'a quiz about world capitals',
        'flashcards for learning Spanish words',
      ],
    },
  });
}
