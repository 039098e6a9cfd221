// "remove the price", "delete the FAQ section", "drop the Pricing page", "remove loans": a field, a
// section, a page or a collection, with everything that pointed at it.
import { SECTION_RECIPES } from '../site-sections.js';
import { collectionNamed, fieldNamed, replaceCollection, tidy, type Edit } from './context.js';

const REMOVE =
  /^(?:remove|delete|drop|get rid of|hide|take out|no more|without)\s+(?:the |a |an |all )?(.+?)(?:\s+(?:field|column|section|page|list|collection))?$/i;

export const removeEdit: Edit = ({ spec }, clause) => {
  const what = REMOVE.exec(clause)?.[1]?.trim();
  if (!what) return null;
  const hit = fieldNamed(spec, what);
  if (hit) {
    replaceCollection(spec, {
      ...hit.collection,
      fields: hit.collection.fields.filter((f) => f !== hit.field),
    });
    tidy(spec);
    return `Removed ${hit.field.label.toLowerCase()}.`;
  }
  const page = spec.pages.find((p) => p.title.toLowerCase() === what.toLowerCase());
  if (page && spec.pages.length > 1) {
    spec.pages = spec.pages.filter((p) => p !== page);
    return `Removed the ${page.title} page.`;
  }
  const recipe = SECTION_RECIPES.find((r) => r.asked.test(what));
  if (recipe) {
    const before = spec.pages.flatMap((p) => p.sections).length;
    spec.pages = spec.pages
      .map((p) => ({ ...p, sections: p.sections.filter((s) => s.type !== recipe.type) }))
      .filter((p) => p.sections.length > 0);
    if (spec.pages.flatMap((p) => p.sections).length < before) return `Removed ${recipe.page.toLowerCase()}.`;
  }
  const collection = collectionNamed(spec, what);
  if (collection && spec.collections.length > 1) {
    spec.collections = spec.collections.filter((c) => c !== collection);
    tidy(spec);
    return `Removed ${collection.plural.toLowerCase()}.`;
  }
  return null;
};
