// @ts-check
// How a calculator's answers read: the person's locale for numbers and dates, cents for money.

const DASH = '—';

/** @param {number} n @param {number} min @param {number} max */
function number(n, min, max) {
  return n.toLocaleString(undefined, { minimumFractionDigits: min, maximumFractionDigits: max });
}

/** Seconds as h:mm:ss, or m:ss under an hour. @param {number} seconds */
function duration(seconds) {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + rest : m + ':' + rest;
}

/** @param {string} iso YYYY-MM-DD or YYYY-MM-DDTHH:MM, read as a wall clock */
function dateOf(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  return m ? new Date(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0)) : null;
}

/**
 * Decimals enough for three significant digits (24.14 shows 24.1, not 24; 0.0123 shows 0.0123), never
 * fewer than the output asks for: an answer keeps its precision however small it is.
 * @param {number} n @param {number} asked
 */
function decimalsFor(n, asked) {
  if (Number.isInteger(n) || n === 0) return asked;
  const whole = Math.floor(Math.log10(Math.abs(n))) + 1;
  return Math.min(10, Math.max(asked, 3 - whole));
}

/**
 * @param {unknown} value
 * @param {{ format: string, digits?: number }} output
 */
export function formatOutput(value, output) {
  if (value === null || value === undefined || value === '') return DASH;
  if (output.format === 'text') return String(value);
  if (output.format === 'date' || output.format === 'datetime') {
    const d = dateOf(String(value));
    if (!d) return DASH;
    /** @type {Intl.DateTimeFormatOptions} */
    const parts = { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' };
    if (output.format === 'datetime') Object.assign(parts, { hour: '2-digit', minute: '2-digit' });
    return d.toLocaleString(undefined, parts);
  }
  const n = Number(value);
  if (!Number.isFinite(n)) return DASH;
  switch (output.format) {
    case 'money':
      return number(n, output.digits ?? 2, output.digits ?? 2);
    case 'integer':
      return number(n, 0, decimalsFor(n, 0));
    case 'percent':
      return number(n, 0, output.digits ?? 2) + ' %';
    case 'duration':
      return duration(n);
    default:
      return number(n, 0, decimalsFor(n, output.digits ?? 2));
  }
}
