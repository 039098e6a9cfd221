// @ts-check
// Calculator formulas: JSON expressions the planner compiled from formula strings, evaluated the same way
// by the page and by the planner's tests (one ES module, no DOM). Nothing here runs text as code.
// An expression is { value } | { ref: name } | { op, args }; a missing or impossible operand (an empty
// input, a division by zero, the square root of a negative) makes the answer null, shown as "—".

/**
 * @typedef {{ value: number | string | boolean | null } | { ref: string } | { op: string, args: CalcExpr[] }} CalcExpr
 * @typedef {Record<string, number | string | boolean | null>} Scope
 * @typedef {{ name: string, label: string, kind: string, unit?: string, default?: number | string,
 *   min?: number, max?: number, step?: number, required?: boolean, message?: string,
 *   options?: { label: string, value: number | string }[] }} CalcInput
 * @typedef {{ label: string, value: CalcExpr, format: string, unit?: string, digits?: number }} CalcOutput
 * @typedef {{ inputs: CalcInput[], formulas?: { name: string, value: CalcExpr }[], outputs: CalcOutput[],
 *   checks?: { check: CalcExpr, message: string }[], explanation: string, extras?: Record<string, any>[] }} Calculator
 */

const DAY_MS = 86400000;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** @param {unknown} v @returns {number | null} */
function num(v) {
  if (v === null || v === undefined || v === '' || typeof v === 'boolean') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** YYYY-MM-DD -> [year, month (1-12), day], or null. @param {unknown} v */
function dateParts(v) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v ?? ''));
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** @param {unknown} v */
function dayNumber(v) {
  const p = dateParts(v);
  return p ? Date.UTC(p[0], p[1] - 1, p[2]) / DAY_MS : null;
}

/** @param {number} day */
function isoOfDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whole months from a to b (a birthday counts on its day). @param {unknown} a @param {unknown} b */
function monthsBetween(a, b) {
  const p = dateParts(a);
  const q = dateParts(b);
  if (!p || !q) return null;
  let months = (q[0] - p[0]) * 12 + (q[1] - p[1]);
  if (q[2] < p[2]) months -= 1;
  return months;
}

/** The wall-clock time in `zone` at the instant `ms`, as minutes since 1970 read as if it were UTC. */
function wallMinutes(ms, zone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(ms));
  /** @param {string} type */
  const get = (type) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) / 60000;
}

/** Minutes `zone` is ahead of UTC at the instant `ms`. @param {number} ms @param {string} zone */
function offsetMinutes(ms, zone) {
  return wallMinutes(ms, zone) - Math.floor(ms / 60000);
}

/** A wall-clock YYYY-MM-DDTHH:MM in `zone` -> the instant, in ms. @param {unknown} local @param {string} zone */
function instantOf(local, zone) {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(String(local ?? ''));
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // Two passes settle the offset across a daylight-saving change.
  let ms = asUtc - offsetMinutes(asUtc, zone) * 60000;
  ms = asUtc - offsetMinutes(ms, zone) * 60000;
  return ms;
}

/** @param {number} minutes since 1970, wall clock */
function isoMinutes(minutes) {
  return new Date(minutes * 60000).toISOString().slice(0, 16);
}

/** @param {unknown} zone */
function validZone(zone) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: String(zone) });
    return typeof zone === 'string' && zone !== '';
  } catch {
    return false;
  }
}

/** Operators over numbers: each gets its arguments already evaluated and non-null. */
/** @type {Record<string, (...n: number[]) => number | boolean | null>} */
const NUMERIC = {
  add: (...n) => n.reduce((s, x) => s + x, 0),
  sub: (a, b) => a - b,
  mul: (...n) => n.reduce((s, x) => s * x, 1),
  div: (a, b) => (b === 0 ? null : a / b),
  mod: (a, b) => (b === 0 ? null : ((a % b) + b) % b),
  pow: (a, b) => Math.pow(a, b),
  neg: (a) => -a,
  min: (...n) => Math.min(...n),
  max: (...n) => Math.max(...n),
  abs: (a) => Math.abs(a),
  sqrt: (a) => (a < 0 ? null : Math.sqrt(a)),
  ln: (a) => (a <= 0 ? null : Math.log(a)),
  log10: (a) => (a <= 0 ? null : Math.log10(a)),
  exp: (a) => Math.exp(a),
  floor: (a) => Math.floor(a),
  ceil: (a) => Math.ceil(a),
  trunc: (a) => Math.trunc(a),
  round: (a, digits = 0) => {
    const f = Math.pow(10, digits);
    return Math.round((a + Math.sign(a) * Number.EPSILON) * f) / f;
  },
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
};

/** Operators over dates, times and zones; their arguments may be text. */
/** @type {Record<string, (...v: any[]) => number | string | null>} */
const TEXTUAL = {
  daysBetween: (a, b) => {
    const x = dayNumber(a);
    const y = dayNumber(b);
    return x === null || y === null ? null : y - x;
  },
  monthsBetween,
  yearsBetween: (a, b) => {
    const m = monthsBetween(a, b);
    return m === null ? null : Math.floor(m / 12);
  },
  addDays: (date, n) => {
    const d = dayNumber(date);
    const k = num(n);
    return d === null || k === null ? null : isoOfDay(d + Math.round(k));
  },
  /** 0 = Monday ... 6 = Sunday */
  weekday: (date) => {
    const d = dayNumber(date);
    return d === null ? null : (d + 3) % 7;
  },
  weekdayName: (date) => {
    const d = dayNumber(date);
    return d === null ? null : WEEKDAYS[(d + 3) % 7];
  },
  /** Hours `zone` is ahead of UTC at the wall-clock moment `when` in that zone. */
  zoneOffset: (zone, when) => {
    if (!validZone(zone)) return null;
    const ms = instantOf(when, zone);
    return ms === null ? null : offsetMinutes(ms, zone) / 60;
  },
  /** The wall-clock time in `to` when it is `when` in `from`. */
  zoneTime: (when, from, to) => {
    if (!validZone(from) || !validZone(to)) return null;
    const ms = instantOf(when, from);
    return ms === null ? null : isoMinutes(wallMinutes(ms, to));
  },
};

/** Every function a formula may call, for the planner's compiler and checks. */
export const CALC_FUNCTIONS = Object.freeze([
  ...Object.keys(NUMERIC),
  ...Object.keys(TEXTUAL),
  'if',
  'and',
  'or',
  'not',
  'eq',
  'ne',
  'today',
]);

/**
 * @param {CalcExpr} expr
 * @param {Scope} scope
 * @param {{ today?: string }} [env]
 * @returns {number | string | boolean | null}
 */
export function evaluate(expr, scope, env = {}) {
  if (!expr || typeof expr !== 'object') return null;
  if ('value' in expr) return expr.value;
  if ('ref' in expr) return scope[expr.ref] ?? null;
  const args = Array.isArray(expr.args) ? expr.args : [];
  /** @param {number} i */
  const arg = (i) => evaluate(args[i], scope, env);
  switch (expr.op) {
    case 'if': {
      const c = arg(0);
      return c === null ? null : c ? arg(1) : arg(2);
    }
    case 'and':
      return args.every((_, i) => Boolean(arg(i)));
    case 'or':
      return args.some((_, i) => Boolean(arg(i)));
    case 'not': {
      const v = arg(0);
      return v === null ? null : !v;
    }
    case 'eq':
    case 'ne': {
      const a = arg(0);
      const b = arg(1);
      if (a === null || b === null) return null;
      const na = num(a);
      const nb = num(b);
      const same = na !== null && nb !== null ? na === nb : String(a) === String(b);
      return expr.op === 'eq' ? same : !same;
    }
    case 'today':
      return env.today || localToday();
  }
  if (expr.op in TEXTUAL) return TEXTUAL[expr.op](...args.map((_, i) => arg(i)));
  if (expr.op === 'add') {
    // "+" joins words when one side is words: round(a) + '–' + round(b).
    const parts = args.map((_, i) => arg(i));
    if (parts.some((p) => typeof p === 'string' && num(p) === null))
      return parts.some((p) => p === null) ? null : parts.join('');
  }
  const fn = NUMERIC[expr.op];
  if (!fn) return null;
  const values = args.map((_, i) => num(arg(i)));
  if (values.some((v) => v === null)) return null;
  const out = fn(.../** @type {number[]} */ (values));
  return typeof out === 'number' && !Number.isFinite(out) ? null : out;
}

/** Local today as YYYY-MM-DD. */
export function localToday() {
  const d = new Date();
  return (
    d.getFullYear() +
    '-' +
    String(d.getMonth() + 1).padStart(2, '0') +
    '-' +
    String(d.getDate()).padStart(2, '0')
  );
}

/**
 * The values of inputs, formulas and outputs, in declaration order (a formula may use earlier ones).
 * @param {Calculator} calc
 * @param {Scope} inputs
 * @param {{ today?: string }} [env]
 * @returns {{ scope: Scope, outputs: (number | string | boolean | null)[] }}
 */
export function compute(calc, inputs, env = {}) {
  /** @type {Scope} */
  const scope = Object.assign({}, inputs);
  for (const f of calc.formulas || []) scope[f.name] = evaluate(f.value, scope, env);
  return { scope, outputs: calc.outputs.map((o) => evaluate(o.value, scope, env)) };
}

/**
 * What is wrong with the inputs, per input name, plus failed cross-input checks under ''.
 * @param {Calculator} calc
 * @param {Scope} inputs
 * @param {{ today?: string }} [env]
 * @returns {Record<string, string>}
 */
export function validate(calc, inputs, env = {}) {
  /** @type {Record<string, string>} */
  const problems = {};
  for (const input of calc.inputs) {
    const v = inputs[input.name];
    const empty = v === null || v === undefined || v === '';
    if (empty) {
      if (input.required !== false) problems[input.name] = input.label + ' is needed.';
      continue;
    }
    if (input.kind === 'select' || input.kind === 'date' || input.kind === 'datetime') continue;
    const n = num(v);
    if (n === null) problems[input.name] = input.label + ' must be a number.';
    else if (input.min !== undefined && n < input.min)
      problems[input.name] = input.message || input.label + ' must be at least ' + input.min + '.';
    else if (input.max !== undefined && n > input.max)
      problems[input.name] = input.message || input.label + ' must be at most ' + input.max + '.';
  }
  if (Object.keys(problems).length === 0)
    for (const c of calc.checks || [])
      if (evaluate(c.check, compute(calc, inputs, env).scope, env) === false) {
        problems[''] = c.message;
        break;
      }
  return problems;
}
