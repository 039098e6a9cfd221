// Finds the game, calculator or tool a prompt asks for, by retrieval over the catalogue's names, synonyms
// and descriptions (minisearch, like the domains), so "whack a mole", "mole smash" and "hit the moles" find
// the same game. Taken only with evidence: a whole synonym or the name in the prompt's head.
import MiniSearch from 'minisearch';
import { TOOLS_CATALOGUE } from '../knowledge/tools/index.js';
import { readUnitPair, unitConverter } from '../knowledge/tools/unit-conversion.js';
import type { ToolEntry } from '../knowledge/tool.types.js';
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { singular } from './lexicon.js';
import { normalWords } from './retrieval.js';
import { catalogueRootWords, rootWords } from './root-words.js';

export interface ToolMatch {
  entry: ToolEntry;
  score: number;
  named: string[];
}

let index: MiniSearch<{ id: string; name: string; synonyms: string; description: string }> | null = null;

function searchIndex() {
  if (index) return index;
  index = new MiniSearch({
    fields: ['name', 'synonyms', 'description'],
    storeFields: ['id'],
    processTerm: (term) => (term.length < 2 ? null : singular(term.toLowerCase())),
    searchOptions: { boost: { name: 3, synonyms: 2, description: 0.5 }, prefix: false, combineWith: 'OR' },
  });
  index.addAll(
    TOOLS_CATALOGUE.map((t) => ({
      id: t.id,
      name: t.name,
      synonyms: t.synonyms.join(' ; '),
      description: t.description,
    })),
  );
  return index;
}

const BY_ID = new Map(TOOLS_CATALOGUE.map((t) => [t.id, t]));

/** The catalogue entries nearest to a prompt, by retrieval score alone: suggestions when nothing matched. */
export function nearestTools(head: string, count = 3): ToolEntry[] {
  return searchIndex()
    .search(head, { fuzzy: 0.2 })
    .slice(0, count)
    .map((r) => BY_ID.get(String(r.id)))
    .filter((t): t is ToolEntry => t !== undefined);
}

/** Words of `phrase` found in order in `words`, at most `slack` other words between them in all. */
function inOrder(words: string[], phrase: string[], slack: number): boolean {
  for (let start = words.indexOf(phrase[0]!); start >= 0; start = words.indexOf(phrase[0]!, start + 1)) {
    let at = start;
    let skipped = 0;
    let found = true;
    for (const word of phrase.slice(1)) {
      const next = words.indexOf(word, at + 1);
      if (next < 0 || (skipped += next - at - 1) > slack) {
        found = false;
        break;
      }
      at = next;
    }
    if (found) return true;
  }
  return false;
}

/**
 * How strongly a synonym is named: its word count when it stands whole in the head, a little less when
 * its words come in order with a few others between, no more of them than it has words ("hourly wage to
 * yearly salary" names "hourly to yearly"), 0 when it is not named.
 */
function namedStrength(words: string, synonym: string): number {
  const phrase = synonym.trim().split(' ');
  if (words.includes(` ${synonym} `)) return phrase.length;
  // Apart, only the words that carry meaning need be there: "salary into an hourly rate" names "salary to hourly".
  const content = phrase.filter((w) => w.length >= 3);
  if (content.length < 2) return 0;
  return inOrder(words.trim().split(' '), content, phrase.length) ? phrase.length - 0.5 : 0;
}

/** "how many days are there between...", "what is...": a question is a calculation asked for. */
const QUESTION = /^\s*(?:how (?:many|much|long|old|far)|what|when|which)\b/i;

/** "what's my BMI?", "how much tip...": the thing a question asks the value of, singular. */
const ASKED_OF =
  /^\s*(?:what(?:'s|’s| is| are)|how (?:many|much))\s+(?:(?:my|the|a|an|our|your)\s+)?([a-z0-9]+)/i;

function askedOf(head: string): string | undefined {
  const word = ASKED_OF.exec(head)?.[1];
  return word ? singular(word.toLowerCase()) : undefined;
}

/** A calculator's inputs of two words or more that the head names whole: "start date", "end date". */
function namedInputs(entry: ToolEntry, words: string): string[] {
  const calc = entry.options.calculator as CalculatorDecl | undefined;
  return (calc?.inputs ?? [])
    .map((input) => normalWords(input.label).trim())
    .filter((label) => label.includes(' ') && words.includes(` ${label} `));
}

/**
 * The best-supported tool for the prompt's head, or null: a converter between the two units it names,
 * else the catalogue entry whose synonym it names best.
 * `asksForTool`: the head has a word like "game" or "calculator". Without one, a one-word synonym counts
 * only when it is no English word ("sudoku", "2048", "bmi"), or a game's name standing alone ("draughts"):
 * "books, members, loans" is no loan calculator.
 * `accepts`: whether an entry, with the synonyms the head names, answers the kind of thing asked for.
 */
export function retrieveTool(
  head: string,
  asksForTool: boolean,
  unknown: string[],
  accepts: (entry: ToolEntry, named: string[]) => boolean = () => true,
): ToolMatch | null {
  const pair = readUnitPair(head);
  if (pair) {
    const match = { entry: unitConverter(pair), score: 100, named: [`${pair.fromSaid} to ${pair.toSaid}`] };
    if (accepts(match.entry, match.named)) return match;
  }
  const words = normalWords(head);
  const roots = rootWords(head);
  const asked = askedOf(head);
  let best: ToolMatch | null = null;
  // "a scoreboard for our table tennis games", "a dice roller for snakes and ladders": what is named
  // before "for" is the thing asked for; a game of another kind named after it is what the thing is for.
  const forAt = words.indexOf(' for ');
  const lead = forAt > 0 ? words.slice(0, forAt + 1) : null;
  let bestLead: ToolMatch | null = null;
  for (const result of searchIndex().search(head).slice(0, 10)) {
    const entry = BY_ID.get(String(result.id));
    if (!entry) continue;
    const strengths = new Map<string, number>();
    for (const synonym of [entry.name, ...entry.synonyms].map((s) => normalWords(s).trim())) {
      if (synonym.length < 3) continue;
      const strength = Math.max(
        namedStrength(words, synonym),
        namedStrength(roots, catalogueRootWords(synonym)),
      );
      const counts =
        synonym.includes(' ') ||
        asksForTool ||
        // A game's name that is the whole prompt ("draughts", "tetris") asks for that game.
        (entry.kind === 'game' && words.trim() === synonym) ||
        unknown.includes(synonym) ||
        // What a question asks the value of is the tool that works it out: "what's my BMI?".
        synonym === asked ||
        // The noun a "for" follows names the tool asked for: "a scoreboard for our games", "a raffle for the fair".
        (entry.kind !== 'game' && lead !== null && lead.endsWith(` ${synonym} `)) ||
        /\d/.test(synonym) ||
        synonym === normalWords(entry.name).trim();
      if (strength > 0 && counts) strengths.set(synonym, strength);
    }
    const inputs = namedInputs(entry, words);
    if (inputs.length >= 2 && (asksForTool || QUESTION.test(head)))
      strengths.set(inputs.join(', '), inputs.length);
    if (strengths.size === 0) continue;
    const named = [...strengths.keys()].sort((a, b) => strengths.get(b)! - strengths.get(a)!);
    if (!accepts(entry, named)) continue;
    // The strongest synonym found decides; minisearch's score breaks ties.
    const score = strengths.get(named[0]!)! * 10 + result.score;
    if (!best || score > best.score) best = { entry, score, named };
    const leads = lead !== null && named.some((n) => lead.includes(` ${n} `));
    if (leads && (!bestLead || score > bestLead.score)) bestLead = { entry, score, named };
  }
  return bestLead && best && bestLead.entry.kind !== best.entry.kind ? bestLead : best;
}
