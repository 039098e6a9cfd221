// @ts-check
// Which weekdays an opening-hours row names: "Mon–Fri", "Saturday", "Sun", "Daily", "Weekends",
// "Mon, Wed & Fri", "Friday to Sunday", "Tue-Thu". Days are numbered as Date#getDay: 0 is Sunday.

const FULL = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ALL = [0, 1, 2, 3, 4, 5, 6];

/**
 * The day a word names ("Tues", "thursday", "Sa", "Sundays", "Weds"), or -1.
 * @param {string} word
 */
function dayOf(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length < 2) return -1;
  for (const candidate of [w, w.replace(/s$/, ''), w.replace(/^weds$/, 'wed')]) {
    const day = FULL.findIndex((full) => full.startsWith(candidate));
    if (candidate.length >= 2 && day >= 0) return day;
  }
  return -1;
}

/**
 * The days a row's `days` text covers; empty when it names none ("Holidays").
 * @param {string} text
 * @returns {Set<number>}
 */
export function daysOf(text) {
  const t = String(text || '').toLowerCase();
  if (/\b(daily|every ?day|all week|7 days|seven days)\b/.test(t)) return new Set(ALL);
  const days = new Set();
  if (/\bweekdays?\b/.test(t)) [1, 2, 3, 4, 5].forEach((d) => days.add(d));
  if (/\bweekends?\b/.test(t)) [0, 6].forEach((d) => days.add(d));
  for (const part of t.split(/,|&|\/|\band\b|;/)) {
    const range = part.split(/\s*(?:[-–—]|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b)\s*/);
    const ends = range.map((w) => dayOf(w)).filter((d) => d >= 0);
    if (range.length === 2 && ends.length === 2) {
      // Ranges may wrap over the weekend: "Fri–Mon".
      for (let d = ends[0]; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === ends[1]) break;
      }
    } else {
      for (const word of part.split(/\s+/)) {
        const d = dayOf(word);
        if (d >= 0) days.add(d);
      }
    }
  }
  return days;
}

/**
 * Whether a row's `days` text names the weekday of `date`.
 * @param {string} text
 * @param {Date} [date]
 */
export function namesToday(text, date = new Date()) {
  return daysOf(text).has(date.getDay());
}
