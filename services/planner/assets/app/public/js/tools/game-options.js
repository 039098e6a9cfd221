// @ts-check
// Reading a game's options safely (a number within bounds, one of a few choices), the difficulties a
// game offers, and a fair shuffle.

/** The difficulties a game with `levels` offers, by the option's value and the name a person reads. */
export const LEVELS = /** @type {const} */ ([
  ['easy', 'Easy'],
  ['normal', 'Medium'],
  ['hard', 'Hard'],
]);
/** @typedef {'easy' | 'normal' | 'hard'} Level */

/**
 * A difficulty as a person reads it: the prompt's own word for it ("Beginner", "Expert") where it listed
 * the difficulties, else "Easy", "Medium", "Hard". @param {Record<string, any>} options @param {string} level
 */
export function levelName(options, level) {
  const own = options.levelNames && options.levelNames[level];
  return typeof own === 'string' && own ? own : (LEVELS.find(([value]) => value === level) || LEVELS[1])[1];
}

/** A number option within bounds, or the fallback. @param {unknown} value @param {number} fallback @param {number} min @param {number} max */
export function numberOption(value, fallback, min, max) {
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
}

/** @param {unknown} value @param {string[]} allowed @param {string} fallback */
export function choiceOption(value, allowed, fallback) {
  const text = String(value || '').toLowerCase();
  return allowed.includes(text) ? text : fallback;
}

/** @template T @param {T[]} list @returns {T[]} */
export function shuffle(list) {
  const copy = list.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
