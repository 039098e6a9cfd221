// Pages that let a person reach every collection: each can be added to, each the person named has a
// page under its own name, and the records the prompt leads with come first.
import type { CollectionSpec, PageSpec } from '@isekai/contracts';
import { singular } from './lexicon.js';

function tablePage(c: CollectionSpec): PageSpec {
  return {
    id: `${c.name.toLowerCase()}-list`,
    title: c.plural,
    sections: [{ type: 'collection' as const, collection: c.name, view: 'table' as const }],
  };
}

/**
 * Every collection can be added to: one whose sections all hide the form (a board to review, a figure)
 * or that no page shows gets a page with a table and its form, so a relation can be made from both ends.
 */
export function withFormsForAll(pages: PageSpec[], collections: CollectionSpec[]): PageSpec[] {
  const withForm = new Set(
    pages
      .flatMap((p) => p.sections)
      .flatMap((s) => (s.type === 'collection' && s.form !== false ? [s.collection] : [])),
  );
  const missing = collections.filter((c) => !withForm.has(c.name));
  return [...pages, ...missing.map(tablePage)];
}

/** The page that shows the collection the prompt is about comes first; figures follow. */
export function askedFirst(pages: PageSpec[], collection: string | undefined): PageSpec[] {
  if (!collection) return pages;
  const index = pages.findIndex((p) =>
    p.sections.some((s) => s.type === 'collection' && s.collection === collection),
  );
  const home = pages[0];
  if (index <= 0 || !home || home.sections.some((s) => s.type === 'collection')) return pages;
  return [pages[index]!, ...pages.slice(0, index), ...pages.slice(index + 1)];
}

/**
 * A collection the person named is found under its own name: when only a page called something else
 * shows it ("Review" for the talks, "Shopping" for the ingredients) and the home page has no form for it,
 * it gets a page of its own with its table and form.
 */
export function withPagesForNamed(pages: PageSpec[], named: CollectionSpec[]): PageSpec[] {
  const titled = (p: PageSpec, c: CollectionSpec) => {
    const title = p.title.toLowerCase().split(/\W+/).map(singular);
    const label = c.label.toLowerCase().split(/\s+/).map(singular);
    return label.every((w) => title.includes(w));
  };
  const onHome = (c: CollectionSpec) =>
    pages[0]?.sections.some((s) => s.type === 'collection' && s.collection === c.name && s.form !== false);
  const missing = named.filter((c) => !onHome(c) && !pages.some((p) => titled(p, c)));
  return [...pages, ...missing.map(tablePage)];
}

/** A page titled with a collection's old plural ("Items") takes the person's word for it ("Tools"). */
export function retitled(pages: PageSpec[], before: CollectionSpec[], after: CollectionSpec[]): PageSpec[] {
  const renamed = new Map(
    after.flatMap((c) => {
      const old = before.find((b) => b.name === c.name);
      return old && old.plural !== c.plural ? [[old.plural.toLowerCase(), c.plural] as const] : [];
    }),
  );
  return pages.map((p) => {
    const title = renamed.get(p.title.toLowerCase());
    return title ? { ...p, title } : p;
  });
}
