// Lists in a site prompt: "name, email and message", "a, b; c", and the bracketed lists that give a
// part's details ("the menu (pork belly bao 6, …)"), split at the top level only (never inside brackets
// or quotes).
/** Separators at the top level of a text: outside brackets and quotes. */
export function topLevel(text: string, separator: RegExp): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '"' || c === '“' || c === '”') quoted = c === '“' ? true : c === '”' ? false : !quoted;
    if (depth > 0 || quoted) continue;
    separator.lastIndex = i;
    const match = separator.exec(text);
    if (match && match.index === i) {
      parts.push({ start, end: i });
      start = i + match[0].length;
      i = start - 1;
    }
  }
  parts.push({ start, end: text.length });
  return parts;
}

/**
 * "name, email and message" -> name, email, message; "a, b; c" splits on the semicolons only. A lone
 * "X and Y" stays one item ("travel and accommodation"); the last of several is split unless the list
 * joined it with ", and".
 */
export function splitItems(segment: string): string[] {
  // "class schedule + term dates": a plus between words is a comma.
  const separator = /;/.test(removeBrackets(segment)) ? /\s*;\s*/y : /\s*,\s*|\s+\+\s+/y;
  const spans = topLevel(segment, separator);
  const items = spans.map((s) => segment.slice(s.start, s.end).trim());
  const last = items.at(-1);
  if (last !== undefined && items.length > 1) {
    if (/^(and|or)\s/i.test(last)) items[items.length - 1] = last.replace(/^(and|or)\s+/i, '');
    else {
      const joined = topLevel(last, /\s+and\s+/y).map((s) => last.slice(s.start, s.end).trim());
      items.splice(items.length - 1, 1, ...joined);
    }
  }
  return items.filter(Boolean);
}

export function removeBrackets(text: string): string {
  return text.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length));
}

/** A bracketed list and the words just before it: "the menu (pork belly bao 6, …)". */
export interface Bracketed {
  at: number;
  end: number;
  /** Up to six words before the bracket, lower case. */
  before: string;
  items: string[];
}

export function bracketLists(text: string): Bracketed[] {
  const found: Bracketed[] = [];
  for (const match of text.matchAll(/\(([^()]{3,})\)/g)) {
    const before = (
      text
        .slice(Math.max(0, match.index - 60), match.index)
        .toLowerCase()
        .match(/[a-z0-9']+/g) ?? []
    )
      .slice(-6)
      .join(' ');
    found.push({ at: match.index, end: match.index + match[0].length, before, items: splitItems(match[1]!) });
  }
  return found;
}
