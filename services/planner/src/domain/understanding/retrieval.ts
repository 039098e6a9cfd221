// Finds the knowledge-base domains a prompt is about, by full-text retrieval (minisearch, BM25 with
// fuzzy matching for typos) over each domain's name, synonyms, description and the nouns of its
// collections. A domain is taken only with evidence beyond the description: a word of its name or
// synonyms, or two of its collections named.
import MiniSearch, { type SearchResult } from 'minisearch';
import { DOMAINS } from '../knowledge/domains/index.js';
import type { DomainEntry } from '../knowledge/domain.types.js';
import { singular } from './lexicon.js';

export interface DomainMatch {
  domain: DomainEntry;
  score: number;
  /** Prompt words that matched the domain's name or synonyms. */
  named: string[];
  /** Collections of the domain that the prompt names by one of their aliases. */
  collections: string[];
}

/** Words that say "an app" rather than what it is about. */
const STOP_WORDS = new Set(
  (
    'a an the and or of for to in on at by with without from into my our your their his her its me we i you ' +
    'it is are be can could would should will want need like please make build create give show shows let ' +
    'lets app apps application tool system site website page web simple small little basic easy quick nice ' +
    'new good great cool manager management tracker tracking track keep log list lists record records ' +
    'that which who where when what each every all some any per also plus them they this these those ' +
    'so as have has using use used one two three many more most very just about over under up down out'
  ).split(' '),
);

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (STOP_WORDS.has(lower) || lower.length < 2) return null;
  return singular(lower);
}

interface DomainDocument {
  id: string;
  name: string;
  synonyms: string;
  description: string;
  aliases: string;
}

function documentOf(domain: DomainEntry): DomainDocument {
  const labels = domain.collections.flatMap((c) => [c.label, c.plural]);
  return {
    id: domain.id,
    name: domain.name,
    synonyms: domain.synonyms.join(' ; '),
    description: domain.description,
    aliases: [...Object.values(domain.aliases).flat(), ...labels].join(' ; '),
  };
}

let index: MiniSearch<DomainDocument> | null = null;

function searchIndex(): MiniSearch<DomainDocument> {
  if (index) return index;
  index = new MiniSearch<DomainDocument>({
    fields: ['name', 'synonyms', 'description', 'aliases'],
    storeFields: ['id'],
    processTerm,
    searchOptions: {
      boost: { name: 3, synonyms: 2.5, aliases: 1.5, description: 0.5 },
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      prefix: false,
      combineWith: 'OR',
    },
  });
  index.addAll(DOMAINS.map(documentOf));
  return index;
}

const BY_ID = new Map(DOMAINS.map((d) => [d.id, d]));

/** The prompt as singular lower-case words, so "borrowing books" meets the synonym "borrow book". */
export function normalWords(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  return ` ${words.map((w) => singular(w.replace(/'s$/, ''))).join(' ')} `;
}

/**
 * Synonyms (or the name) that stand whole in the prompt: "lending library", "book club". A single
 * common word is not enough evidence unless it is the domain's own word (4+ letters, not a stop word).
 */
function namedSynonyms(domain: DomainEntry, words: string): string[] {
  return [domain.name, ...domain.synonyms]
    .map((s) => normalWords(s).trim())
    .filter((s) => s.length >= 3 && !STOP_WORDS.has(s) && words.includes(` ${s} `));
}

/**
 * A typo of a long synonym word ("libary"), found by minisearch's fuzzy match on the name or synonyms,
 * and only for a prompt word that is not English: "cooking" is not a typo of "booking".
 */
function fuzzyNamed(result: SearchResult, words: string, typos: string[]): string[] {
  return Object.entries(result.match)
    .filter(([term, fields]) => term.length >= 6 && (fields.includes('name') || fields.includes('synonyms')))
    .filter(([term]) => !words.includes(` ${term} `))
    .filter(([term]) => typos.some((t) => t[0] === term[0] && Math.abs(t.length - term.length) <= 2))
    .map(([term]) => term);
}

/** Collections whose aliases (or label) equal one of the prompt's nouns, head word or whole phrase. */
export function namedCollections(domain: DomainEntry, nouns: string[]): string[] {
  // "an attendee list" names attendees: the container word is not part of the thing.
  const bare = nouns.map((n) =>
    n.replace(/\s+(?:list|log|tracker|manager|app|page|form|table|board|book|sheet)$/, ''),
  );
  const wanted = new Set(bare.flatMap((n) => [n, n.split(' ').at(-1) ?? n]));
  return domain.collections
    .filter((c) =>
      [...(domain.aliases[c.name] ?? []), c.label.toLowerCase(), singular(c.plural)].some((alias) =>
        wanted.has(singular(alias)),
      ),
    )
    .map((c) => c.name);
}

/** Ranked domains with evidence, best first; empty when none is about the prompt. */
export function retrieveDomains(text: string, nouns: string[], typos: string[] = []): DomainMatch[] {
  const words = normalWords(text);
  const results = searchIndex().search(text);
  const matches: DomainMatch[] = [];
  for (const result of results.slice(0, 12)) {
    const domain = BY_ID.get(String(result.id));
    if (!domain) continue;
    const named = [...namedSynonyms(domain, words), ...fuzzyNamed(result, words, typos)];
    const collections = namedCollections(domain, nouns);
    if (named.length === 0 && collections.length < 2) continue;
    // Longer synonyms are stronger evidence: "lending library" beats "library".
    const evidence = named.reduce((sum, s) => sum + s.split(' ').length, 0) * 2 + collections.length * 2;
    matches.push({ domain, score: evidence * (1 + Math.log1p(result.score)), named, collections });
  }
  return matches.sort((a, b) => b.score - a.score);
}
