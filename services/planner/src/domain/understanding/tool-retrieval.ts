// Finds the game, calculator or tool a prompt asks for, by retrieval over the catalogue's names, synonyms
// and descriptions (minisearch, like the domains), so "whack a mole", "mole smash" and "hit the moles" find
// the same game. Taken only with evidence: a whole synonym or the name in the prompt's head.
import MiniSearch from 'minisearch';
import { TOOLS_CATALOGUE } from '../knowledge/tools/index.js';
import type { ToolEntry } from '../knowledge/tool.types.js';
import { singular } from './lexicon.js';
import { normalWords } from './retrieval.js';

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

/** The best-supported tool for the prompt's head, or null. */
/**
 * `asksForTool`: the head has a word like "game" or "calculator". Without one, a one-word synonym counts
 * only when it is no English word ("sudoku", "2048", "bmi"): "books, members, loans" is no loan calculator.
 */
export function retrieveTool(head: string, asksForTool: boolean, unknown: string[]): ToolMatch | null {
  const words = normalWords(head);
  let best: ToolMatch | null = null;
  for (const result of searchIndex().search(head).slice(0, 10)) {
    const entry = BY_ID.get(String(result.id));
    if (!entry) continue;
    const named = [entry.name, ...entry.synonyms]
      .map((s) => normalWords(s).trim())
      .filter((s) => s.length >= 3 && words.includes(` ${s} `))
      .filter(
        (s) =>
          s.includes(' ') ||
          asksForTool ||
          unknown.includes(s) ||
          /\d/.test(s) ||
          s === normalWords(entry.name).trim(),
      );
    if (named.length === 0) continue;
    // The longest synonym found decides; minisearch's score breaks ties.
    const longest = Math.max(...named.map((s) => s.split(' ').length));
    const score = longest * 10 + result.score;
    if (!best || score > best.score) best = { entry, score, named };
  }
  return best;
}
