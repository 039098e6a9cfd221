// @ts-check
'use strict';
// Records as they are stored: each field checked by the same rules the page applies (enforced here
// because anyone can call the API), computed fields dropped, then the collection's rules.

const PATTERNS = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}(:\d{2})?$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  phone: /^[+()0-9\s./-]{3,30}$/,
  color: /^#[0-9a-fA-F]{6}$/,
};

/** @param {unknown} value */
function isBlank(value) {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** @param {import('../public/js/formula.mjs').Field} field @param {string} fallback */
function refusal(field, fallback) {
  return { error: field.message || fallback };
}

/** @param {import('../public/js/formula.mjs').Field} field @param {unknown} value */
function checkNumber(field, value) {
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(number)) return refusal(field, field.label + ' must be a number');
  if (field.type === 'rating' && !Number.isInteger(number))
    return refusal(field, field.label + ' must be a whole number');
  if (typeof field.min === 'number' && number < field.min)
    return refusal(field, field.label + ' must be at least ' + field.min);
  if (typeof field.max === 'number' && number > field.max)
    return refusal(field, field.label + ' must be at most ' + field.max);
  return { value: field.type === 'money' ? Math.round(number * 100) / 100 : number };
}

/** @param {string} text */
function webAddress(text) {
  const url = new URL(/^[a-z]+:/i.test(text) ? text : 'https://' + text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
  return url.toString();
}

/**
 * @param {import('./store.js').Store} store
 * @param {import('../public/js/formula.mjs').Field} field
 * @param {unknown} value
 * @returns {{ value?: unknown, error?: string }}
 */
function checkValue(store, field, value) {
  switch (field.type) {
    case 'number':
    case 'money':
    case 'rating':
      return checkNumber(field, value);
    case 'boolean':
      if (value === true || value === 'true' || value === 'on' || value === 1 || value === '1')
        return { value: true };
      if (value === false || value === 'false' || value === 0 || value === '0') return { value: false };
      return refusal(field, field.label + ' must be true or false');
    case 'tags': {
      const list = Array.isArray(value) ? value : String(value).split(',');
      const tags = [...new Set(list.map((t) => String(t).trim()).filter(Boolean))];
      return tags.length > 50
        ? refusal(field, field.label + ' can have at most 50 entries')
        : { value: tags };
    }
    case 'reference': {
      const target = field.ref ? store.collectionOf(field.ref) : undefined;
      const id = String(value);
      if (!target || !store.readRecords(target.name).some((r) => r.id === id)) {
        const noun = (target ? target.label : field.label).toLowerCase();
        return refusal(field, 'Choose ' + (/^[aeiou]/.test(noun) ? 'an ' : 'a ') + noun + ' from the list');
      }
      return { value: id };
    }
    default:
      break;
  }
  if (typeof value !== 'string' && typeof value !== 'number')
    return refusal(field, field.label + ' must be text');
  const text = String(value).trim();
  if (text.length > (field.type === 'longtext' ? 20000 : 500))
    return refusal(field, field.label + ' is too long');
  if (field.type === 'date' && (!PATTERNS.date.test(text) || Number.isNaN(Date.parse(text))))
    return refusal(field, field.label + ' must be a date (YYYY-MM-DD)');
  if (field.type === 'datetime' && Number.isNaN(Date.parse(text)))
    return refusal(field, field.label + ' must be a date and time');
  const pattern = PATTERNS[/** @type {keyof typeof PATTERNS} */ (field.type)];
  if (pattern && field.type !== 'date' && !pattern.test(text))
    return refusal(field, field.label + ' is not a valid ' + field.type);
  if (field.type === 'url' || field.type === 'image') {
    try {
      return { value: webAddress(text) };
    } catch {
      return refusal(field, field.label + ' must be a web address (http or https)');
    }
  }
  if (field.type === 'choice' && Array.isArray(field.options) && field.options.length > 0) {
    const match = field.options.find((o) => o.toLowerCase() === text.toLowerCase());
    return match
      ? { value: match }
      : refusal(field, field.label + ' must be one of: ' + field.options.join(', '));
  }
  return { value: text };
}

/**
 * @param {import('./store.js').Store} store
 * @param {typeof import('../public/js/formula.mjs')} formula
 */
function createRecordBuilder(store, formula) {
  const context = () => ({
    collections: store.collections,
    records: store.readRecords,
    today: formula.todayIso(),
  });

  /** @param {import('../public/js/formula.mjs').Field} field */
  function defaultOf(field) {
    if (field.type === 'date') return formula.dateDefault(field.default);
    return field.default;
  }

  /**
   * Stored fields are checked, computed ones dropped (they are worked out when read), then the
   * collection's rules run on the result. Keys from older versions of the app are kept as they were.
   * @param {import('../public/js/formula.mjs').Collection} collection
   * @param {Record<string, any>} input
   * @param {Record<string, any> | null} existing
   */
  function buildRecord(collection, input, existing) {
    const record = Object.assign({}, existing || {});
    /** @type {Record<string, string>} */
    const errors = {};
    for (const field of collection.fields) {
      if (field.formula) {
        delete record[field.name];
        continue;
      }
      const given = Object.prototype.hasOwnProperty.call(input, field.name);
      // A new record takes the field's default for what it leaves out, as the form does.
      const value = given ? input[field.name] : existing ? record[field.name] : defaultOf(field);
      if (
        isBlank(value) ||
        (field.type === 'tags' && Array.isArray(value) && value.length === 0 && field.required)
      ) {
        if (field.required) errors[field.name] = field.message || field.label + ' is required';
        else if (field.type === 'boolean') record[field.name] = false;
        else if (given || !(field.name in record)) record[field.name] = null;
        continue;
      }
      const checked = checkValue(store, field, value);
      if (checked.error) errors[field.name] = checked.error;
      else record[field.name] = checked.value;
    }
    /** @type {string[]} */
    const rules = [];
    if (Object.keys(errors).length === 0) {
      const ctx = context();
      const full = formula.withComputed(collection, record, ctx);
      for (const rule of collection.rules || []) {
        if (formula.evaluate(rule.check, full, collection, ctx) === false) rules.push(rule.message);
      }
    }
    return { record, errors, rules };
  }

  return { buildRecord };
}

module.exports = { createRecordBuilder, isBlank };
