// @ts-check
// The checks the page makes before asking the server, in the server's words, so a typo or a broken
// rule is shown at once instead of after a refused request. The server checks everything again.
import { evaluate, withComputed } from './formula.mjs';

const PATTERNS = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  phone: /^[+()0-9\s./-]{3,30}$/,
  color: /^#[0-9a-fA-F]{6}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

/** What is wrong with one value, or ''. @param {import('./formula.mjs').Field} field @param {unknown} value */
export function fieldProblem(field, value) {
  const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty)
    return field.required && field.type !== 'boolean' ? field.message || field.label + ' is required' : '';
  if (typeof value === 'string') {
    const pattern = PATTERNS[/** @type {keyof typeof PATTERNS} */ (field.type)];
    if (pattern && !pattern.test(value))
      return field.message || field.label + ' is not a valid ' + field.type;
    if (
      (field.type === 'url' || field.type === 'image') &&
      /^[a-z]+:/i.test(value) &&
      !/^https?:/i.test(value)
    )
      return field.message || field.label + ' must be a web address (http or https)';
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return field.message || field.label + ' must be a number';
    if (typeof field.min === 'number' && value < field.min)
      return field.message || field.label + ' must be at least ' + field.min;
    if (typeof field.max === 'number' && value > field.max)
      return field.message || field.label + ' must be at most ' + field.max;
  }
  return '';
}

/**
 * Messages of the collection's rules that the record breaks ("due on or after the loan date").
 * @param {import('./store.js').Store} store
 * @param {import('./formula.mjs').Collection} collection
 * @param {Record<string, any>} record
 */
export function ruleProblems(store, collection, record) {
  const ctx = store.context();
  const full = withComputed(collection, record, ctx);
  return (collection.rules || [])
    .filter((rule) => evaluate(rule.check, full, collection, ctx) === false)
    .map((rule) => rule.message);
}
