// A change sentence is read as clauses in the order written: "add suppliers and link each product to a
// supplier" is an add, then a link. A clause with no verb of its own ("a status" in "add a title, a
// status and a due date") is tried again with the verb of the clause before it.

/** Verbs that start a change of their own, so "and" before them starts a new clause. */
const CHANGE_VERBS =
  'add|remove|delete|make|rename|call|show|link|connect|sort|switch|change|put|use|give|include|drop|hide|mark|highlight|turn|set|colou?r|paint';

const SPLIT = new RegExp(
  [
    '[.;\\n]+',
    ',\\s*(?:and\\s+)?',
    `\\s+and\\s+(?=(?:${CHANGE_VERBS})\\b)`,
    // "a unit price and a line total that is quantity times unit price": the formula is its own clause.
    "\\s+and\\s+(?=(?:a|an|the)\\s+[a-z ]+?\\s+(?:that is|that's|which is|=)\\s)",
    '\\s+then\\s+',
  ].join('|'),
  'i',
);

const POLITE = /^(?:please|can you|could you|would you|also|and|then|now|next)\s+/i;
/** "I also need a rate", "we'd like a chart": a new thing the app needs is something to add. */
const NEED =
  /^(?:i|we)(?:'d(?:\s+also)?\s+like|(?:\s+also)?\s+(?:need|want|would like))\s+(?=(?:a|an|some)\s)/i;

/**
 * The clauses in order. A comma inside a list that "with" began ("a pricing section with Standard,
 * Premium and Gold plans") goes on with that list unless the next words start a change of their own.
 */
export function clausesOf(prompt: string): string[] {
  const pieces = prompt.split(new RegExp(`(${SPLIT.source})`, 'i'));
  const clauses: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!.trim();
    const separator = pieces[i - 1] ?? '';
    const previous = clauses.at(-1);
    const listGoesOn =
      previous !== undefined &&
      /^,/.test(separator.trim()) &&
      // "a status: pending, shipped or delivered" goes on with the list the colon began.
      (/\bwith\b/i.test(previous) || /:\s*[^:]+$/.test(previous)) &&
      !leadingVerb(piece.replace(POLITE, '')) &&
      !/^with\b/i.test(piece);
    if (listGoesOn)
      clauses[clauses.length - 1] = `${previous}, ${separator.includes('and') ? 'and ' : ''}${piece}`;
    else clauses.push(piece);
  }
  return clauses
    .map((c) =>
      c
        .replace(POLITE, '')
        .replace(POLITE, '')
        .replace(NEED, 'add ')
        .replace(/[!?]+$/, ''),
    )
    .filter(Boolean);
}

/** The clause's leading verb ("rename" in "rename category to type"), if it starts with one. */
export function leadingVerb(clause: string): string | null {
  const verb = new RegExp(`^(?:${CHANGE_VERBS})\\b`, 'i').exec(clause)?.[0];
  return verb ? verb.toLowerCase() : null;
}
