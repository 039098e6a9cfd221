// "add search", "let me filter the expenses", "sort by date, newest first", "add a chart": what a list
// section can do.
import type { AppSpec, CollectionSection, CollectionSpec } from '@isekai/contracts';
import { featuresIn } from '../../offline/features.js';
import { collectionNamed, collectionOf, fieldNamed, mainSection, type Edit } from './context.js';

const SORT =
  /\bsort(?:ed)? (?:it |them |the \w+ )?by ([a-z ]+?)(?:,|$| (?:newest|oldest|latest|highest|lowest|descending|ascending|a-z|z-a))/i;

function sortBy(
  spec: AppSpec,
  collection: CollectionSpec,
  words: string,
  clause: string,
): CollectionSection['sort'] | null {
  const hit = fieldNamed(spec, words, collection);
  const field = hit ? hit.field.name : /date|added|created/.test(words) ? 'createdAt' : null;
  if (!field) return null;
  return {
    field,
    direction: /\b(newest|latest|highest|most recent|descending|z-a)\b/i.test(clause) ? 'desc' : 'asc',
  };
}

export const featureEdit: Edit = (change, clause) => {
  const { spec } = change;
  if (
    !/^(?:add|enable|turn on|include|with|let me|i want|give it|show)\b/i.test(clause) &&
    !/\b(search|sort|filter|export|import|chart)\b/i.test(clause)
  )
    return null;
  const target = collectionNamed(spec, clause) ?? collectionOf(spec, change.focus);
  const section = mainSection(spec, target) ?? mainSection(spec);
  const collection = collectionOf(spec, section?.collection);
  if (!section || !collection) return null;
  const found = featuresIn(clause.toLowerCase());
  const done: string[] = [];
  if (found.includes('search')) {
    section.search = true;
    done.push('search');
  }
  if (found.includes('filter')) {
    section.filters = collection.fields
      .filter((f) => ['choice', 'boolean', 'reference', 'tags'].includes(f.type))
      .map((f) => f.name);
    done.push('filters');
  }
  if (found.includes('csv-export')) {
    section.exportCsv = true;
    done.push('CSV export');
  }
  if (found.includes('csv-import')) {
    section.importCsv = true;
    done.push('CSV import');
  }
  if (found.includes('totals') && /\btotals?\b/i.test(clause)) {
    section.totals = collection.fields
      .filter((f) => f.type === 'money' || f.type === 'number')
      .map((f) => f.name);
    done.push('totals');
  }
  const sortWords = SORT.exec(clause)?.[1];
  const sort = sortWords ? sortBy(spec, collection, sortWords, clause) : null;
  if (sortWords && sort) {
    section.sort = sort;
    done.push(`sorting by ${sortWords.trim()}`);
  }
  if (found.includes('chart') && /\b(chart|graph)\b/i.test(clause)) {
    const measure =
      collection.fields.find((f) => f.type === 'money') ?? collection.fields.find((f) => f.type === 'number');
    const by =
      collection.fields.find((f) => f.type === 'choice' || f.type === 'reference') ??
      collection.fields.find((f) => f.type === 'date');
    const page = spec.pages.find((p) => p.sections.includes(section));
    if (by && page) {
      page.sections.push({
        type: 'chart',
        title: `${measure?.label ?? collection.plural} by ${by.type === 'date' ? 'month' : by.label.toLowerCase()}`,
        collection: collection.name,
        chart: 'bar',
        fn: measure ? 'sum' : 'count',
        ...(measure ? { field: measure.name } : {}),
        by: by.name,
      });
      done.push('a chart');
    }
  }
  if (done.length === 0) return null;
  change.focus = collection.name;
  return `Added ${done.join(', ')}.`;
};
