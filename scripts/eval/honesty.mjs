// Judgements on what the API answers for prompts that cannot be built, or only in part: gibberish is
// refused with suggestions, and an app built without what was asked says so in its plan.
import { hasWord } from './words.mjs';

/** Why a refusal is not the one expected ("reject": true), or null when it is: 422, a message, suggestions. */
export function rejectionProblem(status, body) {
  if (status !== 422) return `expected 422 with suggestions, got ${status}`;
  if (typeof body?.error?.message !== 'string' || !body.error.message.trim())
    return '422 without error.message';
  const suggestions = body.error.details?.suggestions;
  if (!Array.isArray(suggestions) || suggestions.length === 0) return '422 without error.details.suggestions';
  return null;
}

/** The plan's own words about itself: summary, what was built, left out, and its notes. */
export function planText(plan) {
  return [plan?.summary ?? '', ...(plan?.built ?? []), ...(plan?.leftOut ?? []), ...(plan?.notes ?? [])].join(
    '\n',
  );
}

/** The note words ("network", "email") the plan does not say. */
export function missingNoteWords(plan, words = []) {
  const text = planText(plan);
  return words.filter((w) => !hasWord(text, w));
}
