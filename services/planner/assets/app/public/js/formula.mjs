// @ts-check
// Formulas of the app's spec (computed fields, rules, figures), evaluated the same way by the server and
// by the page: one ES module, imported by server.js with import() and by the browser as a script module.
// An empty operand makes comparisons and arithmetic "unknown" (null), so half-filled records never
// trip a rule or show a badge by accident.

/**
 * @typedef {{ name: string, label: string, type: string, ref?: string, formula?: any, required?: boolean,
 *   options?: string[], min?: number, max?: number, unit?: string, message?: string, default?: any }} Field
 * @typedef {{ name: string, label: string, plural: string, fields: Field[], titleField?: string,
 *   rules?: { check: any, message: string }[], samples?: Record<string, unknown>[] }} Collection
 * @typedef {{ collections: Collection[], records: (name: string) => Record<string, any>[], today?: string }} Context
 */

const MAX_DEPTH = 8;

/** Local today as YYYY-MM-DD: "due today" means the person's today, not UTC's. */
export function todayIso(days = 0) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return (
    d.getFullYear() +
    '-' +
    String(d.getMonth() + 1).padStart(2, '0') +
    '-' +
    String(d.getDate()).padStart(2, '0')
  );
}

/** @param {unknown} v */
/** A date field's default: "today", or "today+1" for a day after it (a departure after an arrival). */
export function dateDefault(value) {
  const relative = /^today([+-]\d+)?$/.exec(String(value));
  return relative ? todayIso(Number(relative[1] || 0)) : value;
}

export function isEmpty(v) {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** @param {unknown} v */
function toNumber(v) {
  if (isEmpty(v) || typeof v === 'boolean') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** @param {string} iso */
function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 : null;
}

/** Numbers compare as numbers, everything else (dates included, being YYYY-MM-DD) as text. */
function compare(a, b) {
  if (isEmpty(a) || isEmpty(b)) return null;
  const na = toNumber(a);
  const nb = toNumber(b);
  if (na !== null && nb !== null && typeof a !== 'string' && typeof b !== 'string') return na - nb;
  if (na !== null && nb !== null && !/^\d{4}-/.test(String(a))) return na - nb;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** @param {Collection} collection @param {string} name */
export function fieldOf(collection, name) {
  return collection.fields.find((f) => f.name === name);
}

/** @param {Context} ctx @param {string} name */
export function collectionOf(ctx, name) {
  return ctx.collections.find((c) => c.name === name);
}

/** The field of `other` that points at records of `target` (the named one, or the first that does). */
export function referenceField(other, target, via) {
  if (via) return fieldOf(other, via);
  return other.fields.find((f) => f.type === 'reference' && f.ref === target);
}

/**
 * @param {string} iso
 * @param {string} within
 * @param {string} today
 */
export function inPeriod(iso, within, today) {
  if (isEmpty(iso)) return false;
  const day = String(iso).slice(0, 10);
  if (within === 'today') return day === today;
  if (within === 'month') return day.slice(0, 7) === today.slice(0, 7);
  if (within === 'year') return day.slice(0, 4) === today.slice(0, 4);
  if (within === 'week') {
    const t = dayNumber(today);
    const d = dayNumber(day);
    if (t === null || d === null) return false;
    // Weeks start on Monday; 1970-01-01 was a Thursday.
    const monday = t - ((t + 3) % 7);
    return d >= monday && d < monday + 7;
  }
  return false;
}

/**
 * sum/count/average/min/max of a list of values; count counts records, the others skip empty values.
 * @param {string} fn
 * @param {unknown[]} values
 */
export function aggregate(fn, values) {
  if (fn === 'count') return values.length;
  const numbers = values.map(toNumber).filter((n) => n !== null);
  if (fn === 'sum')
    return roundTo(
      numbers.reduce((s, n) => s + n, 0),
      10,
    );
  if (numbers.length === 0) return null;
  if (fn === 'average') return roundTo(numbers.reduce((s, n) => s + n, 0) / numbers.length, 10);
  if (fn === 'min') return Math.min(...numbers);
  if (fn === 'max') return Math.max(...numbers);
  return null;
}

/** @param {number} n @param {number} digits */
function roundTo(n, digits) {
  const f = Math.pow(10, digits);
  return Math.round((n + Number.EPSILON) * f) / f;
}

/**
 * A record with its computed fields filled in (lookups and rollups read the other collections).
 * @param {Collection} collection
 * @param {Record<string, any>} record
 * @param {Context} ctx
 * @returns {Record<string, any>}
 */
export function withComputed(collection, record, ctx, depth = 0) {
  const computed = collection.fields.filter((f) => f.formula);
  if (computed.length === 0) return record;
  const out = Object.assign({}, record);
  for (const field of computed) {
    let value = depth > MAX_DEPTH ? null : evaluate(field.formula, out, collection, ctx, depth);
    if (field.type === 'money' && typeof value === 'number') value = roundTo(value, 2);
    if (field.type === 'boolean') value = value === true;
    out[field.name] = value;
  }
  return out;
}

/**
 * @param {any} expr
 * @param {Record<string, any>} record
 * @param {Collection} collection
 * @param {Context} ctx
 * @returns {any}
 */
export function evaluate(expr, record, collection, ctx, depth = 0) {
  if (!expr || typeof expr !== 'object') return null;
  if ('field' in expr) return record[expr.field] === undefined ? null : record[expr.field];
  if ('value' in expr) return expr.value;
  if ('today' in expr) return ctx.today || todayIso();
  if ('lookup' in expr) return lookup(expr.lookup, record, collection, ctx, depth);
  if ('rollup' in expr) return rollup(expr.rollup, record, collection, ctx, depth);
  if ('op' in expr) {
    const args = Array.isArray(expr.args) ? expr.args : [];
    /** @param {number} i */
    const arg = (i) => evaluate(args[i], record, collection, ctx, depth);
    return operate(expr.op, args.length, arg);
  }
  return null;
}

/**
 * @param {string} op
 * @param {number} count
 * @param {(i: number) => any} arg
 */
function operate(op, count, arg) {
  const all = () => Array.from({ length: count }, (_, i) => arg(i));
  const numbers = () => {
    const list = all().map(toNumber);
    return list.some((n) => n === null) ? null : /** @type {number[]} */ (list);
  };
  const cmp = () => compare(arg(0), arg(1));
  switch (op) {
    case 'add': {
      const n = numbers();
      return (
        n &&
        roundTo(
          n.reduce((s, x) => s + x, 0),
          10,
        )
      );
    }
    case 'sub': {
      const n = numbers();
      return (
        n &&
        roundTo(
          n.slice(1).reduce((s, x) => s - x, n[0] ?? 0),
          10,
        )
      );
    }
    case 'mul': {
      const n = numbers();
      return (
        n &&
        roundTo(
          n.reduce((s, x) => s * x, 1),
          10,
        )
      );
    }
    case 'div': {
      const n = numbers();
      return n && n[1] !== 0 ? roundTo((n[0] ?? 0) / (n[1] ?? 1), 10) : null;
    }
    case 'neg': {
      const n = toNumber(arg(0));
      return n === null ? null : -n;
    }
    case 'round': {
      const n = toNumber(arg(0));
      return n === null ? null : roundTo(n, count > 1 ? toNumber(arg(1)) || 0 : 0);
    }
    case 'lt': {
      const c = cmp();
      return c === null ? null : c < 0;
    }
    case 'lte': {
      const c = cmp();
      return c === null ? null : c <= 0;
    }
    case 'gt': {
      const c = cmp();
      return c === null ? null : c > 0;
    }
    case 'gte': {
      const c = cmp();
      return c === null ? null : c >= 0;
    }
    case 'eq':
    case 'ne': {
      const a = arg(0);
      const b = arg(1);
      const same = isEmpty(a) && isEmpty(b) ? true : compare(a, b) === 0;
      return op === 'eq' ? same : !same;
    }
    case 'and': {
      const values = all();
      if (values.some((v) => v === false || (v !== null && !v))) return false;
      return values.some((v) => v === null) ? null : true;
    }
    case 'or': {
      const values = all();
      if (values.some((v) => v !== null && Boolean(v))) return true;
      return values.some((v) => v === null) ? null : false;
    }
    case 'not': {
      const v = arg(0);
      return v === null || v === undefined ? null : !v;
    }
    case 'if': {
      const c = arg(0);
      return c !== null && Boolean(c) ? arg(1) : arg(2);
    }
    case 'isEmpty':
      return isEmpty(arg(0));
    case 'daysBetween': {
      const a = dayNumber(arg(0));
      const b = dayNumber(arg(1));
      return a === null || b === null ? null : Math.round(b - a);
    }
    default:
      return null;
  }
}

/** The chosen record's field, e.g. the price of the product an order line names. */
function lookup(spec, record, collection, ctx, depth) {
  const via = fieldOf(collection, spec.via);
  if (!via || !via.ref || isEmpty(record[spec.via])) return null;
  const target = collectionOf(ctx, via.ref);
  if (!target) return null;
  const other = ctx.records(target.name).find((r) => r.id === record[spec.via]);
  if (!other) return null;
  const full = withComputed(target, other, ctx, depth + 1);
  return full[spec.field] === undefined ? null : full[spec.field];
}

/** Records of another collection that belong to this one, folded into one value. */
function rollup(spec, record, collection, ctx, depth) {
  const other = collectionOf(ctx, spec.collection);
  if (!other) return null;
  const today = ctx.today || todayIso();
  let rows;
  if (spec.match) {
    rows = ctx
      .records(other.name)
      .filter((r) => !isEmpty(r[spec.match]) && r[spec.match] === record[spec.match]);
  } else {
    const via = referenceField(other, collection.name, spec.via);
    if (!via) return null;
    rows = ctx.records(other.name).filter((r) => r[via.name] === record.id);
  }
  if (spec.period) rows = rows.filter((r) => inPeriod(r[spec.period.field], spec.period.within, today));
  const needsComputed = other.fields.some((f) => f.formula);
  let full = needsComputed ? rows.map((r) => withComputed(other, r, ctx, depth + 1)) : rows;
  if (spec.where) full = full.filter((r) => evaluate(spec.where, r, other, ctx, depth + 1) === true);
  return aggregate(spec.fn, spec.fn === 'count' ? full : full.map((r) => r[spec.field]));
}

/**
 * A figure over a whole collection: "Books on loan", "Spent this month".
 * @param {{ collection: string, fn: string, field?: string, where?: any, period?: { field: string, within: string } }} spec
 * @param {Context} ctx
 */
export function figure(spec, ctx) {
  const rows = figureRows(spec, ctx);
  return rows && aggregate(spec.fn, spec.fn === 'count' ? rows : rows.map((r) => r[spec.field]));
}

/**
 * The records a figure folds (with computed fields), or null when its collection is missing.
 * @param {{ collection: string, where?: any, period?: { field: string, within: string } }} spec
 * @param {Context} ctx
 */
function figureRows(spec, ctx) {
  const collection = collectionOf(ctx, spec.collection);
  if (!collection) return null;
  const today = ctx.today || todayIso();
  let rows = ctx.records(collection.name).map((r) => withComputed(collection, r, ctx));
  if (spec.period) rows = rows.filter((r) => inPeriod(r[spec.period.field], spec.period.within, today));
  if (spec.where) rows = rows.filter((r) => evaluate(spec.where, r, collection, ctx) === true);
  return rows;
}

/**
 * The record holding a max or min figure's value ("the top scorer"), or null when none has one.
 * @param {{ collection: string, fn: string, field?: string, where?: any, period?: { field: string, within: string } }} spec
 * @param {Context} ctx
 */
export function figureRecord(spec, ctx) {
  const value = figure(spec, ctx);
  if (value === null || !spec.field) return null;
  return (figureRows(spec, ctx) ?? []).find((r) => toNumber(r[spec.field]) === value) ?? null;
}
