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

/**
 * A game, calculator or tool the catalogue does not have is refused honestly, with the nearest ones it
 * has, rather than built as a list of records named after it.
 */
export function toolNotBuilt(prompt: string, nearest: string[]): AppError {
  const shown = prompt.length > 60 ? `${prompt.slice(0, 57)}…` : prompt;
  return new AppError({
    code: 'prompt-not-understood',
    status: 422,
    message: `The offline engine has no game or tool for “${shown}”. Close ones it can build are suggested; a language-model engine (PLANNER_ENGINE=openai or anthropic) can write others.`,
    details: {
      suggestions: nearest.length > 0 ? nearest.map((n) => `a ${n.toLowerCase()}`) : EXAMPLES.slice(0, 3),
    },
  });
}
