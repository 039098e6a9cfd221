// Phrases that describe the look ("navy background", "components in forest green", "dark mode",
// "a serif font") set the theme and are blanked out of the text, so they never become fields.
import type { ThemeColors, ThemeSpec } from '@isekai/contracts';
import { findColors } from '../compose/color-words.js';

export interface Look {
  theme: ThemeSpec;
  /** The prompt with every look phrase replaced by spaces (same length, so positions still match). */
  rest: string;
  /** What was read, for the plan's steps ("Header: navy (#000080)"). */
  read: string[];
}

type Part = keyof ThemeColors;

/** Words naming a part of the page, nearest first wins within a clause. */
const PART_WORDS: [Part, RegExp][] = [
  ['background', /\b(background|backgrounds|bg|backdrop|page colou?r)\b/gi],
  [
    'header',
    /\b(header|headers|navbar|nav ?bar|navigation(?: bar)?|top ?bar|menu ?bar|banner|title ?bar|top of the page)\b/gi,
  ],
  ['components', /\b(buttons?|components?|controls?|cta|calls? to action)\b/gi],
  ['accent', /\b(accents?|highlights?|links?|link colou?r|brand colou?r|primary colou?r)\b/gi],
  ['text', /\b(text|font colou?r|letters|writing)\b/gi],
  ['surface', /\b(cards?|panels?|surfaces?|boxes|tiles)\b/gi],
];

/** Clauses end at sentence marks, semicolons, commas and "and" joining two colour choices. */
function clauses(text: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.;:!?\n]|,|\band\b|\bwhile\b|\bbut\b/gi)) {
    parts.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  parts.push({ start, end: text.length });
  return parts;
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function nearestPart(
  text: string,
  clause: { start: number; end: number },
  at: number,
): { part: Part; start: number; end: number } | null {
  let best: { part: Part; start: number; end: number; distance: number } | null = null;
  const segment = text.slice(clause.start, clause.end);
  for (const [part, pattern] of PART_WORDS) {
    for (const match of segment.matchAll(pattern)) {
      const start = clause.start + match.index;
      const distance = Math.abs(start - at);
      if (!best || distance < best.distance) best = { part, start, end: start + match[0].length, distance };
    }
  }
  return best;
}

const DARK_MODE =
  /\b(dark (?:mode|theme|ui|look|design|style|version)|night mode|make it dark|dark[- ]themed|in dark)\b/i;
const LIGHT_MODE = /\b(light (?:mode|theme|ui|look|design)|make it light)\b/i;

function fontOf(lower: string): ThemeSpec['font'] | undefined {
  if (/\b(monospace|mono(?:spaced)?|typewriter|terminal|hacker|code font)\b/.test(lower)) return 'mono';
  if (/\bsans[- ]?serif\b/.test(lower)) return 'sans';
  if (/\b(serif|elegant font|classic font|editorial)\b/.test(lower)) return 'serif';
  if (/\b(rounded|friendly font|playful font)\b/.test(lower)) return 'rounded';
  return undefined;
}

function densityOf(lower: string): ThemeSpec['density'] | undefined {
  if (/\b(compact|dense|tight|condensed)\b/.test(lower)) return 'compact';
  if (/\b(spacious|airy|roomy|lots of white ?space|generous spacing)\b/.test(lower)) return 'comfortable';
  return undefined;
}

/** Reads the look from a prompt: colours of named parts, dark or light, font and density. */
export function readLook(prompt: string, base?: ThemeSpec): Look {
  const colors: ThemeColors = { ...(base?.colors ?? {}) };
  const read: string[] = [];
  let rest = prompt;
  const mentions = findColors(prompt);
  const spans = clauses(prompt);
  const unplaced: typeof mentions = [];
  for (const mention of mentions) {
    const clause = spans.find((c) => mention.index >= c.start && mention.index < c.end) ?? {
      start: 0,
      end: prompt.length,
    };
    const part = nearestPart(prompt, clause, mention.index);
    if (!part) {
      unplaced.push(mention);
      continue;
    }
    colors[part.part] = mention.hex;
    read.push(`${part.part}: ${mention.phrase} (${mention.hex})`);
    // The colour, the part and the words between them described the look ("ivory for the background",
    // "a dark blue header"); the rest of the clause may still name data ("a recipe box with ...").
    const start = Math.min(mention.index, part.start);
    const end = Math.max(mention.index + mention.phrase.length, part.end);
    rest = blank(rest, start, end);
    const lead = /\b(?:use|using|make|with|in|and|set|colou?r(?:s|ed)?|theme|style)\b[\s:]*$/i.exec(
      rest.slice(clause.start, start),
    );
    if (lead) rest = blank(rest, clause.start + lead.index, start);
  }
  // "a green theme", "make it purple": a colour with no part is the app's own colour, but only where the
  // prompt speaks of colours ("type (green, black, oolong)" names teas, not a theme).
  const themeCue = /\b(theme|colou?r(?:s|ed)?|scheme|palette|make it|style|look|accents?|brand)\b/i;
  for (const mention of unplaced) {
    const clause = spans.find((c) => mention.index >= c.start && mention.index < c.end) ?? {
      start: 0,
      end: prompt.length,
    };
    if (!themeCue.test(prompt.slice(Math.max(0, clause.start - 20), clause.end + 20))) continue;
    if (colors.components && colors.accent) break;
    colors.components ??= mention.hex;
    colors.accent ??= mention.hex;
    read.push(`components and accent: ${mention.phrase} (${mention.hex})`);
    rest = blank(rest, mention.index, mention.index + mention.phrase.length);
  }
  const lower = prompt.toLowerCase();
  // "dark" inside a colour ("dark blue header") is that colour, not dark mode.
  const withoutColors = mentions.reduce((text, m) => blank(text, m.index, m.index + m.phrase.length), lower);
  let mode: ThemeSpec['mode'] = base?.mode ?? 'light';
  if (DARK_MODE.test(withoutColors) || /^\s*dark\s*$|\bdark\b(?!\s*(?:-|\w))/.test(withoutColors))
    mode = 'dark';
  else if (LIGHT_MODE.test(withoutColors)) mode = 'light';
  if (mode !== (base?.mode ?? 'light')) read.push(`${mode} mode`);
  for (const match of withoutColors.matchAll(new RegExp(`${DARK_MODE.source}|${LIGHT_MODE.source}`, 'gi')))
    rest = blank(rest, match.index, match.index + match[0].length);
  const font = fontOf(withoutColors) ?? base?.font;
  const density = densityOf(withoutColors) ?? base?.density;
  if (font && font !== base?.font) read.push(`${font} font`);
  if (density && density !== base?.density) read.push(`${density} spacing`);
  return {
    theme: { mode, colors, ...(font ? { font } : {}), ...(density ? { density } : {}) },
    rest,
    read,
  };
}
