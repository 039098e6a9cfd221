// A change by prompt on a v2 spec: each clause ("add a due date to each task and make the header dark
// blue") is one edit of the spec — a field, a collection, a relation, a section or page, a view, a name,
// the look. Records survive because collections and fields keep their stored names.
import type { AppSpec, CollectionSection, CollectionSpec, FieldSpec } from '@isekai/contracts';
import { featuresIn } from '../offline/features.js';
import { inferField } from '../offline/field-typing.js';
import { DOMAINS } from '../knowledge/domains/index.js';
import { genericCollection, HAPPENING_KINDS } from './generic-collection.js';
import { nounKind, singular } from './lexicon.js';
import { readLook } from './look.js';
import { camelCase, capitalize, namesOf } from './naming.js';
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

const ADD =
  /^(?:add|include|also track|track|record|store|with|i want|give (?:it|each \w+)|create|put in)\s+/i;

/** "add an About page and a Join page": each page named, with the section its name asks for. */
const pageEdit: Edit = (spec, clause) => {
  if (!ADD.test(clause)) return null;
  const names = [...clause.matchAll(/\b(?:an?|the|one) ([a-z][a-z -]{1,30}?) page\b/gi)].map((m) =>
    m[1]!.trim(),
  );
  if (names.length === 0) return null;
  const words = { name: spec.title, topic: spec.description.replace(/\.$/, '').toLowerCase() || spec.title };
  const added: string[] = [];
  for (const name of names) {
    const title = capitalize(name);
    if (spec.pages.some((p) => p.title.toLowerCase() === name.toLowerCase())) continue;
    const recipe = SECTION_RECIPES.find(
      (r) => r.asked.test(name) || r.page.toLowerCase() === name.toLowerCase(),
    );
    const built = recipe?.build(words, name);
    if (built?.collection && !spec.collections.some((c) => c.name === built.collection!.name))
      spec.collections.push(built.collection);
    const section = built?.section ?? {
      type: 'text' as const,
      title,
      body: `About ${spec.title}: write this page's text here.`,
    };
    spec.pages.push({ id: slugOf(title), title, sections: [section] });
    added.push(title);
  }
  return added.length > 0 ? `Added the ${added.join(' and ')} page${added.length > 1 ? 's' : ''}.` : null;
};

const OPERATORS: Record<string, 'mul' | 'add' | 'sub' | 'div'> = {
  times: 'mul',
  x: 'mul',
  '×': 'mul',
  '*': 'mul',
  'multiplied by': 'mul',
  plus: 'add',
  '+': 'add',
  minus: 'sub',
  '-': 'sub',
  'divided by': 'div',
  '/': 'div',
};

/** "a line total that is quantity times unit price": a computed field over two fields of one collection. */
const formulaEdit: Edit = (spec, clause) => {
  const match =
    /(?:^|\band\s+|^add\s+)(?:a |an |the )?([a-z ]+?)\s+(?:that is|which is|=|is|equal to|equals|as)\s+(?:the )?([a-z ]+?)\s+(times|x|×|\*|multiplied by|plus|\+|minus|-|divided by|\/)\s+(?:the )?([a-z ]+?)$/i.exec(
      clause,
    );
  if (!match) return null;
  const [, name, left, operator, right] = match;
  for (const collection of spec.collections) {
    const a = collection.fields.find((f) => f.label.toLowerCase() === left!.trim().toLowerCase());
    const b = collection.fields.find((f) => f.label.toLowerCase() === right!.trim().toLowerCase());
    if (!a || !b) continue;
    const label = capitalize(name!.trim());
    const money = a.type === 'money' || b.type === 'money';
    const field: FieldSpec = {
      name: camelCase(label),
      label,
      type: money ? 'money' : 'number',
      formula: { op: OPERATORS[operator!.toLowerCase()]!, args: [{ field: a.name }, { field: b.name }] },
    };
    replaceCollection(spec, {
      ...collection,
      fields: [...collection.fields.filter((f) => f.name !== field.name), field],
    });
    return `Added ${label.toLowerCase()} = ${a.label.toLowerCase()} ${operator} ${b.label.toLowerCase()} to each ${collection.label.toLowerCase()}.`;
  }
  return null;
};

/** The things a clause adds: "members and loans", "a unit price and a line total that is ...". */
function itemsOf(text: string): string[] {
  return text
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((t) =>
      t
        .replace(/^(?:a|an|the|some)\s+/i, '')
        .replace(/\b(field|column|option)s?\b/gi, '')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * "add members and loans: a loan is a member borrowing a book", "add invoices for each client with an
 * amount and a due date", "add a due date": new collections (linked by what kind of thing each is, or to
 * the collection named) with their fields, or new fields.
 */
const addEdit: Edit = async (spec, clause) => {
  if (!ADD.test(clause)) return null;
  const body = clause.replace(ADD, '').replace(/:.*$/, '');
  const withFields = /\s+with\s+(.+)$/i.exec(body);
  const head = withFields ? body.slice(0, withFields.index) : body;
  // "for each client", "to every task": the collection the new things belong to.
  const owner = /\s+(?:to|for|on|in)\s+(?:each|every|all|the|a|an)\s+([a-z ]+)$/i.exec(head);
  const named = owner?.[1] ? collectionNamed(spec, owner[1]) : undefined;
  const items = itemsOf(owner ? head.slice(0, owner.index) : head);
  const listed = withFields?.[1]
    ? itemsOf(withFields[1])
        .map((t) => inferField(t))
        .filter((f): f is FieldSpec => f !== null)
    : [];
  const steps: string[] = [];
  for (const item of items) {
    if (/\bfrom \d+ to \d+\b/i.test(item) && !inferField(item)) continue;
    const typed = inferField(item);
    // "a rating from 1 to 5": the range sets the limits, not the name.
    const field = typed
      ? { ...typed, label: typed.label.replace(/\s+from$/i, ''), name: typed.name.replace(/From$/, '') }
      : null;
    const kind = await nounKind(item);
    const pluralItem = singular(item.split(' ').at(-1) ?? item) !== (item.split(' ').at(-1) ?? item);
    const isThing =
      (field === null || field.type === 'text') &&
      kind !== null &&
      pluralItem &&
      !['attribute', 'quantity'].includes(kind);
    if (isThing) {
      const noun = singular(item);
      if (collectionNamed(spec, noun)) continue;
      const collection = genericCollection(noun, kind, listed);
      // Happenings refer to the things they are about; a thing added "for each X" refers to X.
      const targets = named
        ? [named]
        : HAPPENING_KINDS.has(kind)
          ? spec.collections.filter((c) => !c.fields.some((f) => f.formula)).slice(0, 2)
          : [];
      const refs = targets.map((t) => ({
        name: t.name,
        label: t.label,
        type: 'reference' as const,
        ref: t.name,
      }));
      collection.fields.splice(1, 0, ...refs);
      spec.collections.push(collection);
      spec.pages.push({
        id: slugOf(collection.plural),
        title: collection.plural,
        sections: [{ type: 'collection', collection: collection.name, view: 'table' }],
      });
      steps.push(
        `added ${collection.plural.toLowerCase()} (${collection.fields.map((f) => f.label.toLowerCase()).join(', ')})`,
      );
      continue;
    }
    const target = named ?? spec.collections[0];
    if (!field || !target) continue;
    if (
      target.fields.some((f) => f.name === field.name || f.label.toLowerCase() === field.label.toLowerCase())
    )
      continue;
    const current = spec.collections.find((c) => c.name === target.name)!;
    const plain = current.fields.filter((f) => !f.formula);
    const computed = current.fields.filter((f) => f.formula);
    replaceCollection(spec, { ...current, fields: [...plain, field, ...computed] });
    steps.push(`added ${field.label.toLowerCase()} (${field.type}) to each ${current.label.toLowerCase()}`);
  }
  return steps.length > 0 ? `${capitalize(steps.join('; '))}.` : null;
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

/**
 * "show overdue invoices": a record with a due date is overdue once the date has passed and it is not paid,
 * done or returned (when it has such a yes/no field); a computed field and a badge show it.
 */
const overdueEdit: Edit = (spec, clause) => {
  const match =
    /\b(?:show|mark|highlight|flag|list)\s+(?:the |which |all )?(?:overdue|late)\s+([a-z ]+)$|\b([a-z ]+?)\s+(?:that are|which are)\s+(?:overdue|late)$/i.exec(
      clause,
    );
  const named = match ? collectionNamed(spec, match[1] ?? match[2] ?? '') : undefined;
  if (!named) return null;
  const due =
    named.fields.find((f) => f.type === 'date' && /\bdue|deadline|return by|expires?\b/i.test(f.label)) ??
    named.fields.find((f) => f.type === 'date');
  if (!due || named.fields.some((f) => f.name === 'overdue')) return null;
  const settled = named.fields.find(
    (f) =>
      f.type === 'boolean' && /\b(paid|done|returned|complete|completed|closed|finished)\b/i.test(f.label),
  );
  const late = { op: 'lt' as const, args: [{ field: due.name }, { today: true as const }] };
  const formula = settled
    ? { op: 'and' as const, args: [late, { op: 'not' as const, args: [{ field: settled.name }] }] }
    : late;
  replaceCollection(spec, {
    ...named,
    fields: [...named.fields, { name: 'overdue', label: 'Overdue', type: 'boolean', formula }],
  });
  return `Marked ${named.plural.toLowerCase()} overdue when their ${due.label.toLowerCase()} has passed${settled ? ` and they are not ${settled.label.toLowerCase()}` : ''}.`;
};

/** Tried in order; the first edit that understands a clause makes it. */
const EDITS: Edit[] = [
  renameEdit,
  removeEdit,
  relationEdit,
  pageEdit,
  formulaEdit,
  overdueEdit,
  viewEdit,
  sectionEdit,
  lookEdit,
  featureEdit,
  addEdit,
];

function clausesOf(prompt: string): string[] {
  return prompt
    .split(
      /(?:[.;\n]+|,\s*(?:and\s+)?|\s+and\s+(?=(?:add|remove|delete|make|rename|call|show|link|sort|switch|change|put|use|give|include|drop)\b)|\s+and\s+(?=(?:a|an|the)\s+[a-z ]+?\s+(?:that is|which is|=)\s)|\s+then\s+)/i,
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
