// A composed data app, then what the person's own sentences say about its records: their fields and
// references (apply-descriptions.ts), the values worked out from them (named-formulas.ts), and a page
// and a form for every collection, under the name the person used.
import type { CollectionSpec, PageSpec } from '@isekai/contracts';
import { applyDescriptions, resolver, type DescribeContext } from './apply-descriptions.js';
import { retitled, withFormsForAll, withPagesForNamed } from './collection-pages.js';
import { namedReferences } from './described-things.js';
import { withHappeningParties } from './happening-parties.js';
import { readDescriptions, type Description } from './descriptions.js';
import { singular } from './lexicon.js';
import { camelCase, namesOf } from './naming.js';
import { normalWords } from './retrieval.js';
import { applyFormulas } from './named-formulas.js';
import { pruneCollections } from './prune.js';

export interface DescribedApp {
  collections: CollectionSpec[];
  pages: PageSpec[];
}

/**
 * "tools, neighbours, and loans": a collection the person lists by another of its words (a domain's
 * "Item") takes their word, as long as no other collection has it; of two words for it ("apartments",
 * "flats"), the one they use most.
 */
function inPersonsWords(
  collections: CollectionSpec[],
  descriptions: Description[],
  aliases: Record<string, string[]>,
  text: string,
): CollectionSpec[] {
  // Only a word that is one of its names: "show me cafes" is about cafes, it does not name them.
  const resolve = (noun: string) =>
    collections.find(
      (c) => (aliases[c.name] ?? []).map(singular).includes(noun) || c.name === camelCase(noun),
    );
  // The things listed ("tools, neighbours") and the subjects of sentences ("An appointment joins ...").
  const listed = descriptions.filter((d) => (d.plural || d.sentence) && !d.after && d.subject);
  const uses = (word: string) => normalWords(text).split(` ${word} `).length - 1;
  return collections.map((c) => {
    const own = [c.label.toLowerCase(), singular(c.plural.toLowerCase())];
    const words = listed.filter((d) => resolve(d.subject)?.name === c.name).map((d) => d.subject);
    const word = words.reduce<string | undefined>(
      (best, w) => (!best || uses(w) > uses(best) ? w : best),
      undefined,
    );
    // "payment" names the "Mooring payment" it is the head of, in fewer words.
    const head = own.some((o) => o.endsWith(` ${word}`));
    if (!word || head || own.includes(word) || collections.some((d) => d.label.toLowerCase() === word))
      return c;
    return { ...c, ...namesOf(word), name: c.name };
  });
}

export async function withDescribedRecords(
  app: DescribedApp,
  text: string,
  context: DescribeContext,
): Promise<DescribedApp> {
  const descriptions = readDescriptions(text);
  const applied = await withHappeningParties(
    await applyDescriptions(app.collections, descriptions, context),
    text,
  );
  const described = inPersonsWords(applied, descriptions, context.aliases, text);
  const resolve = resolver(described, context.aliases);
  const collections = namedReferences(pruneCollections(applyFormulas(described, text, resolve)));
  const nouns = descriptions.flatMap((d) => [d.subject, ...d.related, ...d.items.flatMap((i) => i.nouns)]);
  const named = collections.filter((c) => nouns.some((n) => resolve(n)?.name === c.name));
  return {
    collections,
    pages: withPagesForNamed(withFormsForAll(retitled(app.pages, applied, collections), collections), named),
  };
}
