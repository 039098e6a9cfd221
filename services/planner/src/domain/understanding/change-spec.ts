// A change by prompt on a v2 spec: each clause ("add a due date to each task and make the header dark
// blue") is one edit of the spec — a field, a collection, a relation, a section or page, a view, a name,
// the look. Records survive because collections and fields keep their stored names.
import type { AppSpec, CollectionSection, CollectionSpec, FieldSpec } from '@isekai/contracts';
import { featuresIn } from '../offline/features.js';
import { inferField } from '../offline/field-typing.js';
import { DOMAINS } from '../knowledge/domains/index.js';
import { genericCollection } from './generic-collection.js';
import { nounKind, singular } from './lexicon.js';
import { readLook } from './look.js';
import { capitalize, namesOf } from './naming.js';
import { prunePages, pruneCollections } from './prune.js';
import { SECTION_RECIPES } from './site-sections.js';
import { slugOf } from './slug.js';

export interface ChangeResult {
  spec: AppSpec;
  steps: string[];
  notUnderstood: string[];
}

type Edit = (spec: AppSpec, clause: string) => Promise<string | null> | string | null;

function aliasesOf(spec: AppSpec, collection: CollectionSpec): string[] {
  const fromDomains = DOMAINS.filter((d) => spec.domains?.includes(d.id)).flatMap(
    (d) => d.aliases[collection.name] ?? [],
  );
  return [
    collection.name.toLowerCase(),
    collection.label.toLowerCase(),
    singular(collection.plural),
    ...fromDomains,
  ];
}

/** The collection a phrase names ("each task", "the loans"), if any. */
function collectionNamed(spec: AppSpec, phrase: string): CollectionSpec | undefined {
  const words =
    phrase
      .toLowerCase()
      .match(/[a-z]+/g)
      ?.map(singular) ?? [];
  return spec.collections.find((c) =>
    aliasesOf(spec, c).some((a) => words.includes(singular(a)) || phrase.toLowerCase().includes(a)),
  );
}

function fieldNamed(
  spec: AppSpec,
  phrase: string,
): { collection: CollectionSpec; field: FieldSpec } | undefined {
  const wanted = phrase
    .toLowerCase()
    .replace(/^(the|a|an|my)\s+/, '')
    .trim();
  for (const collection of spec.collections) {
    const field = collection.fields.find(
      (f) =>
        f.label.toLowerCase() === wanted ||
        singular(f.label.toLowerCase()) === singular(wanted) ||
        f.name.toLowerCase() === wanted.replace(/\s+/g, ''),
    );
    if (field) return { collection, field };
  }
  return undefined;
}

function sections(spec: AppSpec): CollectionSection[] {
  return spec.pages.flatMap((p) => p.sections).filter((s): s is CollectionSection => s.type === 'collection');
}

function mainSection(spec: AppSpec, collection?: CollectionSpec): CollectionSection | undefined {
  return sections(spec).find((s) => !collection || s.collection === collection.name);
}

function replaceCollection(spec: AppSpec, next: CollectionSpec): void {
  spec.collections = spec.collections.map((c) => (c.name === next.name ? next : c));
}

function tidy(spec: AppSpec): void {
  spec.collections = pruneCollections(spec.collections);
  spec.pages = prunePages(spec.pages, spec.collections);
}

const lookEdit: Edit = (spec, clause) => {
  const look = readLook(clause, spec.theme);
  if (look.read.length === 0) return null;
  spec.theme = look.theme;
  return `Changed the look: ${look.read.join('; ')}.`;
};

const featureEdit: Edit = (spec, clause) => {
  if (
    !/^(?:add|enable|turn on|include|with|let me|i want|give it|show)\b/i.test(clause) &&
    !/\b(search|sort|filter|export|import|chart)\b/i.test(clause)
  )
    return null;
  const target = collectionNamed(spec, clause);
  const section = mainSection(spec, target) ?? mainSection(spec);
  if (!section) return null;
  const found = featuresIn(clause.toLowerCase());
  const done: string[] = [];
  if (found.includes('search')) {
    section.search = true;
    done.push('search');
  }
  if (found.includes('filter')) {
    const collection = spec.collections.find((c) => c.name === section.collection);
    section.filters =
      collection?.fields
        .filter((f) => ['choice', 'boolean', 'reference', 'tags'].includes(f.type))
        .map((f) => f.name) ?? [];
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
    const collection = spec.collections.find((c) => c.name === section.collection);
    section.totals =
      collection?.fields.filter((f) => f.type === 'money' || f.type === 'number').map((f) => f.name) ?? [];
    done.push('totals');
  }
  const sort =
    /\bsort(?:ed)? (?:it |them |the \w+ )?by ([a-z ]+?)(?:,|$| (?:newest|oldest|latest|highest|lowest|descending|ascending|a-z|z-a))/i.exec(
      clause,
    );
  if (sort?.[1]) {
    const hit = fieldNamed(spec, sort[1]);
    const field =
      hit && hit.collection.name === section.collection
        ? hit.field.name
        : /date|added|created/.test(sort[1])
          ? 'createdAt'
          : null;
    if (field) {
      section.sort = {
        field,
        direction: /\b(newest|latest|highest|most recent|descending|z-a)\b/i.test(clause) ? 'desc' : 'asc',
      };
      done.push(`sorting by ${sort[1].trim()}`);
    }
  }
  if (found.includes('chart') && /\b(chart|graph)\b/i.test(clause)) {
    const collection = spec.collections.find((c) => c.name === section.collection);
    const measure =
      collection?.fields.find((f) => f.type === 'money') ??
      collection?.fields.find((f) => f.type === 'number');
    const by =
      collection?.fields.find((f) => f.type === 'choice' || f.type === 'reference') ??
      collection?.fields.find((f) => f.type === 'date');
    const page = spec.pages.find((p) => p.sections.includes(section));
    if (collection && by && page) {
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
  return done.length > 0 ? `Added ${done.join(', ')}.` : null;
};

const viewEdit: Edit = (spec, clause) => {
  const view = /\b(board|kanban|calendar|cards?|gallery|table|list)\b/i.exec(clause)?.[1]?.toLowerCase();
  if (!view || !/\b(as|view|show|switch|display|make it|turn)\b/i.test(clause)) return null;
  const kind = view === 'kanban' ? 'board' : view === 'card' ? 'cards' : (view as CollectionSection['view']);
  const target = collectionNamed(spec, clause);
  const section = mainSection(spec, target) ?? mainSection(spec);
  const collection = spec.collections.find((c) => c.name === section?.collection);
  if (!section || !collection) return null;
  const byWord = /\bby ([a-z ]+)$/i.exec(clause)?.[1];
  const wantedType =
    kind === 'board' ? 'choice' : kind === 'calendar' ? 'date' : kind === 'gallery' ? 'image' : null;
  if (wantedType) {
    let by =
      (byWord ? fieldNamed(spec, byWord)?.field : undefined) ??
      collection.fields.find((f) => f.type === wantedType);
    if (!by && kind === 'board') {
      by = { name: 'status', label: 'Status', type: 'choice', options: ['To do', 'Doing', 'Done'] };
      replaceCollection(spec, { ...collection, fields: [...collection.fields, by] });
    }
    if (!by && kind === 'calendar') {
      by = { name: 'date', label: 'Date', type: 'date', default: 'today' };
      replaceCollection(spec, { ...collection, fields: [...collection.fields, by] });
    }
    if (!by) return null;
    section.by = by.name;
  } else {
    delete section.by;
  }
  section.view = kind;
  return `Showed ${collection.plural.toLowerCase()} as ${kind === 'cards' ? 'cards' : `a ${kind}`}.`;
};

const relationEdit: Edit = async (spec, clause) => {
  const match =
    /\b(?:link|connect|assign|attach|relate) (?:each |every |the |a )?([a-z ]+?) to (?:a |an |the |each )?([a-z ]+)$/i.exec(
      clause,
    ) ?? /\beach ([a-z ]+?) (?:belongs to|has|is for|goes with) (?:a |an |one )?([a-z ]+)$/i.exec(clause);
  if (!match?.[1] || !match[2]) return null;
  const from = collectionNamed(spec, match[1]);
  if (!from) return null;
  let to = collectionNamed(spec, match[2]);
  const steps: string[] = [];
  if (!to) {
    const noun = singular(match[2].trim());
    to = genericCollection(noun, await nounKind(noun), []);
    spec.collections.push(to);
    spec.pages.push({
      id: slugOf(to.plural),
      title: to.plural,
      sections: [{ type: 'collection', collection: to.name, view: 'table' }],
    });
    steps.push(`Added ${to.plural.toLowerCase()}`);
  }
  if (from.fields.some((f) => f.type === 'reference' && f.ref === to.name)) return null;
  const field: FieldSpec = { name: to.name, label: to.label, type: 'reference', ref: to.name };
  replaceCollection(spec, { ...from, fields: [...from.fields.filter((f) => f.name !== field.name), field] });
  steps.push(
    `linked each ${from.label.toLowerCase()} to ${/^[aeiou]/i.test(to.label) ? 'an' : 'a'} ${to.label.toLowerCase()}`,
  );
  return `${capitalize(steps.join('; '))}.`;
};

const sectionEdit: Edit = (spec, clause) => {
  if (!/^(?:add|include|put|give it|with|create|show)\b/i.test(clause)) return null;
  const recipe = SECTION_RECIPES.find((r) => r.asked.test(clause));
  if (!recipe) return null;
  const words = { name: spec.title, topic: spec.description.replace(/\.$/, '').toLowerCase() || spec.title };
  const { section, collection } = recipe.build(words);
  if (collection && !spec.collections.some((c) => c.name === collection.name))
    spec.collections.push(collection);
  const asPage = /\bpage\b/i.test(clause) || spec.pages.length > 1;
  const existing = spec.pages.find((p) => p.title.toLowerCase() === recipe.page.toLowerCase());
  if (asPage && !existing)
    spec.pages.push({ id: slugOf(recipe.page), title: recipe.page, sections: [section] });
  else
    (
      existing ??
      spec.pages[0] ??
      ((spec.pages = [{ id: 'home', title: spec.title, sections: [] }]), spec.pages[0]!)
    ).sections.push(section);
  return `Added ${recipe.page === 'Home' ? section.type : recipe.page} ${asPage && !existing ? 'page' : 'section'}.`;
};

const addFieldEdit: Edit = async (spec, clause) => {
  const match =
    /^(?:add|include|also track|track|record|store|with|i want|give (?:it|each \w+))\s+(?:a |an |the |some )?(.+?)(?:\s+(?:to|for|on|in)\s+(?:each|every|the|all|a|an)?\s*([a-z ]+))?$/i.exec(
      clause,
    );
  if (!match?.[1]) return null;
  const phrase = match[1].replace(/\b(field|column|option)s?\b/gi, '').trim();
  const target = (match[2] ? collectionNamed(spec, match[2]) : undefined) ?? spec.collections[0];
  if (!target) return null;
  const field = inferField(phrase);
  const kind = await nounKind(phrase);
  const isThing =
    field?.type === 'text' &&
    kind !== null &&
    ['person', 'artifact', 'animal', 'place', 'group', 'act', 'event'].includes(kind) &&
    /s$/.test(phrase.split(' ').at(-1) ?? '');
  if (isThing || (!field && kind)) {
    // "add members" names a new kind of record, linked to the main one when it happens to it.
    const noun = singular(phrase);
    if (collectionNamed(spec, noun)) return null;
    const collection = genericCollection(noun, kind, []);
    spec.collections.push(collection);
    spec.pages.push({
      id: slugOf(collection.plural),
      title: collection.plural,
      sections: [{ type: 'collection', collection: collection.name, view: 'table' }],
    });
    return `Added ${collection.plural.toLowerCase()} with ${collection.fields.map((f) => f.label.toLowerCase()).join(', ')}.`;
  }
  if (!field) return null;
  if (target.fields.some((f) => f.name === field.name || f.label.toLowerCase() === field.label.toLowerCase()))
    return null;
  const plain = target.fields.filter((f) => !f.formula);
  const computed = target.fields.filter((f) => f.formula);
  replaceCollection(spec, { ...target, fields: [...plain, field, ...computed] });
  return `Added ${field.label.toLowerCase()} (${field.type}) to each ${target.label.toLowerCase()}.`;
};

const removeEdit: Edit = (spec, clause) => {
  const match =
    /^(?:remove|delete|drop|get rid of|hide|take out|no more|without)\s+(?:the |a |an |all )?(.+?)(?:\s+(?:field|column|section|page|list|collection))?$/i.exec(
      clause,
    );
  if (!match?.[1]) return null;
  const what = match[1].trim();
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

const renameEdit: Edit = (spec, clause) => {
  const app =
    /^(?:call it|name it|rename (?:it|the app|this app) (?:to|as)|title it|change the title to)\s+["“']?(.+?)["”']?$/i.exec(
      clause,
    );
  if (app?.[1]) {
    spec.title = app[1];
    return `Renamed the app to ${app[1]}.`;
  }
  const match = /^(?:rename|change|call)\s+(?:the )?(.+?)\s+(?:to|into|as)\s+["“']?(.+?)["”']?$/i.exec(
    clause,
  );
  if (!match?.[1] || !match[2]) return null;
  const to = capitalize(match[2].trim());
  const hit = fieldNamed(spec, match[1]);
  if (hit) {
    replaceCollection(spec, {
      ...hit.collection,
      fields: hit.collection.fields.map((f) => (f === hit.field ? { ...f, label: to } : f)),
    });
    return `Renamed ${hit.field.label.toLowerCase()} to ${to.toLowerCase()}.`;
  }
  const collection = collectionNamed(spec, match[1]);
  if (collection) {
    const names = namesOf(to.toLowerCase());
    replaceCollection(spec, { ...collection, label: names.label, plural: names.plural });
    spec.pages = spec.pages.map((p) => (p.title === collection.plural ? { ...p, title: names.plural } : p));
    return `Renamed ${collection.plural.toLowerCase()} to ${names.plural.toLowerCase()}.`;
  }
  const page = spec.pages.find((p) => p.title.toLowerCase() === match[1]!.toLowerCase());
  if (page) {
    page.title = to;
    return `Renamed the ${match[1]} page to ${to}.`;
  }
  return null;
};

/** Tried in order; the first edit that understands a clause makes it. */
const EDITS: Edit[] = [
  renameEdit,
  removeEdit,
  relationEdit,
  viewEdit,
  sectionEdit,
  lookEdit,
  featureEdit,
  addFieldEdit,
];

function clausesOf(prompt: string): string[] {
  return prompt
    .split(
      /(?:[.;\n]+|,\s*(?:and\s+)?|\s+and\s+(?=(?:add|remove|delete|make|rename|call|show|link|sort|switch|change|put|use|give|include|drop)\b)|\s+then\s+)/i,
    )
    .map((c) =>
      c
        .trim()
        .replace(/^(?:please|can you|could you|also|and|then|now)\s+/i, '')
        .replace(/[!?]+$/, ''),
    )
    .filter(Boolean);
}

export async function changeSpec(current: AppSpec, prompt: string): Promise<ChangeResult> {
  const spec = structuredClone(current);
  const steps: string[] = [];
  const notUnderstood: string[] = [];
  for (const clause of clausesOf(prompt)) {
    let done: string | null = null;
    for (const edit of EDITS) {
      done = await edit(spec, clause);
      if (done) break;
    }
    if (done) steps.push(done);
    else notUnderstood.push(clause);
  }
  tidy(spec);
  return { spec, steps, notUnderstood };
}
