import type { CollectionSpec, PageSpec } from '@isekai/contracts';

/**
 * One kind of app people ask for (a lending library, a gym, a SaaS landing page): the collections,
 * fields, relations and rules it is made of, the pages that show them, and the words people use for it.
 * The offline engine finds domains by retrieval over `names`, `synonyms` and `description`, and
 * composes several when a prompt names several.
 */
export interface DomainEntry {
  /** Stable id, kebab-case: "library", "personal-finance", "saas-landing". */
  id: string;
  /** What a person calls it: "Lending library". */
  name: string;
  /** Words and short phrases people use for this kind of app: "library", "book lending", "borrow books". */
  synonyms: string[];
  /** One or two plain sentences of what such an app is for; retrieval reads it too. */
  description: string;
  /** "data" (records to keep), "dashboard" (figures over records), "site" (content pages, forms). */
  kind: 'data' | 'dashboard' | 'site';
  /** The collections, with reference fields (`type: 'reference', ref`), computed fields (`formula`), rules and samples. */
  collections: CollectionSpec[];
  /**
   * Nouns that name each collection in prompts, singular, lower case: { book: ['book', 'title', 'novel'],
   * member: ['member', 'borrower', 'patron'] }. Every collection has an entry.
   */
  aliases: Record<string, string[]>;
  /** Collections built even when the prompt does not name them; the others only when it does. */
  core: string[];
  /** The pages the app has, in navigation order, made of sections over the collections above. */
  pages: PageSpec[];
}
