// After collections are picked from a domain, everything that pointed at a collection left out goes too:
// reference fields, formulas that read it, sections and figures that show it.
import type { CollectionSpec, Expr, PageSpec, SectionSpec } from '@isekai/contracts';

/** Collections and fields an expression reads, as "collection.field" for other collections. */
function readsMissing(expr: Expr, own: CollectionSpec, all: Map<string, CollectionSpec>): boolean {
  if ('field' in expr) return !own.fields.some((f) => f.name === expr.field);
  if ('op' in expr) return expr.args.some((a) => readsMissing(a, own, all));
  if ('lookup' in expr) {
    const via = own.fields.find((f) => f.name === expr.lookup.via);
    const target = via?.ref ? all.get(via.ref) : undefined;
    return !target || !target.fields.some((f) => f.name === expr.lookup.field);
  }
  if ('rollup' in expr) {
    const other = all.get(expr.rollup.collection);
    if (!other) return true;
    const names = new Set(other.fields.map((f) => f.name));
    const { field, via, match, period } = expr.rollup;
    return (
      (field !== undefined && !names.has(field)) ||
      (via !== undefined && !names.has(via)) ||
      (match !== undefined && !names.has(match)) ||
      (period !== undefined && !names.has(period.field))
    );
  }
  return false;
}

/** Drops references and computed fields that read what is no longer there, until nothing changes. */
export function pruneCollections(collections: CollectionSpec[]): CollectionSpec[] {
  let current = collections.map((c) => ({ ...c, fields: [...c.fields] }));
  for (let round = 0; round < 5; round++) {
    const all = new Map(current.map((c) => [c.name, c]));
    let changed = false;
    current = current.map((c) => {
      const fields = c.fields.filter((f) => {
        const keep =
          (f.type !== 'reference' || (f.ref !== undefined && all.has(f.ref))) &&
          (!f.formula || !readsMissing(f.formula, c, all));
        if (!keep) changed = true;
        return keep;
      });
      const rules = (c.rules ?? []).filter((r) => !readsMissing(r.check, { ...c, fields }, all));
      return { ...c, fields, ...(c.rules ? { rules } : {}) };
    });
    if (!changed) break;
  }
  return current;
}

function fieldOf(
  collections: Map<string, CollectionSpec>,
  collection: string,
  field: string | undefined,
): boolean {
  return field === undefined || (collections.get(collection)?.fields.some((f) => f.name === field) ?? false);
}

function keepSection(section: SectionSpec, all: Map<string, CollectionSpec>): SectionSpec | null {
  switch (section.type) {
    case 'collection': {
      if (!all.has(section.collection)) return null;
      const has = (f: string) => fieldOf(all, section.collection, f);
      if (section.by && !has(section.by)) return { ...section, view: 'table', by: undefined };
      return {
        ...section,
        ...(section.filters ? { filters: section.filters.filter(has) } : {}),
        ...(section.totals ? { totals: section.totals.filter(has) } : {}),
        ...(section.sort && !has(section.sort.field) ? { sort: undefined } : {}),
        ...(section.actions ? { actions: section.actions.filter((a) => Object.keys(a.set).every(has)) } : {}),
      };
    }
    case 'stats': {
      const figures = section.figures.filter(
        (f) =>
          all.has(f.collection) &&
          fieldOf(all, f.collection, f.field) &&
          (!f.where || !readsMissing(f.where, all.get(f.collection)!, all)),
      );
      return figures.length > 0 ? { ...section, figures } : null;
    }
    case 'chart':
      return all.has(section.collection) &&
        fieldOf(all, section.collection, section.field) &&
        fieldOf(all, section.collection, section.by)
        ? section
        : null;
    case 'form':
      return all.has(section.collection) ? section : null;
    default:
      return section;
  }
}

export function prunePages(pages: PageSpec[], collections: CollectionSpec[]): PageSpec[] {
  const all = new Map(collections.map((c) => [c.name, c]));
  return pages
    .map((p) => ({
      ...p,
      sections: p.sections.map((s) => keepSection(s, all)).filter((s): s is SectionSpec => s !== null),
    }))
    .filter((p) => p.sections.length > 0);
}
