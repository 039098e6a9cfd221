// A composed data app, then what the person's own sentences say about its records: their fields and
// references (apply-descriptions.ts), the values worked out from them (named-formulas.ts), and a page
// and a form for every collection, under the name the person used.
import type { CollectionSpec, PageSpec } from '@isekai/contracts';
import { applyDescriptions, resolver, type DescribeContext } from './apply-descriptions.js';
import { withFormsForAll, withPagesForNamed } from './collection-pages.js';
import { readDescriptions } from './descriptions.js';
import { applyFormulas } from './named-formulas.js';
import { pruneCollections } from './prune.js';

export interface DescribedApp {
  collections: CollectionSpec[];
  pages: PageSpec[];
}

export async function withDescribedRecords(
  app: DescribedApp,
  text: string,
  context: DescribeContext,
): Promise<DescribedApp> {
  const descriptions = readDescriptions(text);
  const described = await applyDescriptions(app.collections, descriptions, context);
  const resolve = resolver(described, context.aliases);
  const collections = pruneCollections(applyFormulas(described, text, resolve));
  const nouns = descriptions.flatMap((d) => [d.subject, ...d.related, ...d.items.flatMap((i) => i.nouns)]);
  const named = collections.filter((c) => nouns.some((n) => resolve(n)?.name === c.name));
  return {
    collections,
    pages: withPagesForNamed(withFormsForAll(app.pages, collections), named),
  };
}
