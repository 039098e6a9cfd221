// What an app is asked to do that a sandboxed app cannot: it has no network, sends no mail and takes no
// payments. Each need found becomes a plain "left out" line saying what was built instead, and a need
// whose data would come from the network names the records a person keeps by hand in its place.
import type { FieldSpec } from '@isekai/contracts';
import { NEEDS } from './needs-list.js';

/** The records that stand in for what the network would give: the same facts, typed in by hand. */
export interface StandIn {
  /** What the records are called when the prompt names no thing of its own ("forecast"). */
  noun: string;
  /** The prompt's own thing names the records ("my DHL parcel", "restaurants near me"). */
  ofSubject: boolean;
  /** The records are the stand-in's kind about the prompt's thing ("tablet reminders"), not the thing itself. */
  about?: boolean;
  /** The older blueprints would read its words as their own (a chatbot's "answers questions" as a quiz). */
  overBlueprints?: boolean;
  /** Its group 1 is a word that says what kind the records are: "stock" prices, "football" matches. */
  kindOf?: RegExp;
  fields: FieldSpec[];
}

export interface Need {
  /** What was asked, as a person would say it. */
  what: string;
  /** Why it is not there and what stands in for it. */
  instead: string;
  /** The words that ask for it. */
  pattern: RegExp;
  /**
   * Its words that are a way of doing things ("by SMS", "emails me"), never a kind of record; the whole
   * pattern when not given. "send a newsletter" keeps its newsletter.
   */
  means?: RegExp;
  standIn?: StandIn;
  /** The prompt's own words that asked for it ("pay by card at the checkout"), once read. */
  said?: string[];
  /** Its words said by a verb and the person it is done to ("calls patients"), read apart from `pattern`. */
  saidBy?: (prompt: string) => Promise<string[]>;
}

/** "with the", "by": small words that lead into a need's words and mean nothing without them. */
const LEAD_WORDS = String.raw`(?:\b(?:and\s+)?(?:(?:with|by|via|from|on|in)\s+(?:(?:the|a|an|my|our|your|its)\s+)?)?)?`;

export async function readNeeds(prompt: string): Promise<Need[]> {
  const needs: Need[] = [];
  for (const need of NEEDS) {
    const said = [
      ...[...prompt.matchAll(new RegExp(need.pattern.source, 'gi'))].map((m) =>
        m[0].trim().replace(/^and\s+/i, ''),
      ),
      ...((await need.saidBy?.(prompt)) ?? []),
    ];
    if (said.length > 0) needs.push({ ...need, said });
  }
  return needs;
}

/** "Online payments (“pay by card at the checkout”): …": each need in plain words and in the person's own. */
export function needLines(needs: Need[]): string[] {
  return needs.map((n) => {
    const plain = `${n.what}: ${n.instead}.`.toLowerCase();
    const said = [...new Set(n.said ?? [])].filter((w) => !plain.includes(w.toLowerCase()));
    return `${n.what}${said.length > 0 ? ` (${said.map((w) => `“${w}”`).join(', ')})` : ''}: ${n.instead}.`;
  });
}

/**
 * The prompt without the words that ask for what the sandbox lacks, blanked in place (so positions
 * hold): "remind me by SMS" keeps no "SMS" record, "a map of restaurants" no map.
 */
export function withoutNeedWords(text: string, needs: Need[]): string {
  // "with the weather forecast" goes whole: a lone "the" or "with" would be read as a field.
  return needs.reduce(
    (rest, need) =>
      rest.replace(new RegExp(`${LEAD_WORDS}(?:${(need.means ?? need.pattern).source})`, 'gi'), (m) =>
        ' '.repeat(m.length),
      ),
    text,
  );
}
