// Collections and pages for a data app: the domains the prompt is about (their core collections and
// the optional ones it names), the fields it lists, and collections of its own for nouns no domain
// has, related by what kind of thing each is.
import type { CollectionSpec, FieldSpec, PageSpec } from '@isekai/contracts';
import type { DomainEntry } from '../knowledge/domain.types.js';
import { featuresIn } from '../offline/features.js';
import { FORMULA_PHRASE } from './apply-descriptions.js';
import { withEnteredValue } from './entered-values.js';
import { askedFirst, retitled, withFormsForAll } from './collection-pages.js';
import { genericCollection, HAPPENING_KINDS } from './generic-collection.js';
import { genericPages, type ListFeatures } from './generic-pages.js';
import { RECORD_KINDS, singular, type NounKind } from './lexicon.js';
import { namesOf } from './naming.js';
import { prunePages, pruneCollections } from './prune.js';
import { namedCollections, type DomainMatch } from './retrieval.js';

/** A noun of the prompt with what the engine knows of it. */
export interface Noun {
  noun: string;
  kind: NounKind | null;
  start: number;
  /** Fields listed after it ("books with title, author and year"). */
  listed: FieldSpec[];
  /** The noun stands inside a list of fields or in brackets of options: data, not a kind of record. */
  inList: boolean;
  /** Written in the plural ("tools"): a kind of record more likely than a field. */
  plural: boolean;
}

export interface DataComposition {
  collections: CollectionSpec[];
  pages: PageSpec[];
  domains: string[];
  /** Nouns that became collections of their own. */
  added: string[];
}

function singularLabel(field: FieldSpec): string {
  return singular(field.label.toLowerCase());
}

function sameField(a: FieldSpec, b: FieldSpec): boolean {
  return a.name === b.name || a.label.toLowerCase() === b.label.toLowerCase();
}

/** Adds fields the prompt lists to a collection that lacks them, before its computed fields. */
function addFields(collection: CollectionSpec, fields: FieldSpec[]): CollectionSpec {
  // "the line amount is hours x rate" says how a value is worked out (named-formulas.ts), not a field.
  const said = fields.filter(
    (f) => !collection.fields.some((g) => sameField(f, g)) && !FORMULA_PHRASE.test(` ${f.label} `),
  );
  let current = collection;
  // A value a computed field would look up elsewhere is typed in here instead.
  const missing = said.filter((f) => {
    const entered = withEnteredValue(current, f);
    if (entered) current = entered;
    return !entered;
  });
  if (missing.length === 0) return current;
  const plain = current.fields.filter((f) => !f.formula);
  const computed = current.fields.filter((f) => f.formula);
  return { ...current, fields: [...plain, ...missing, ...computed] };
}

function renamedAsNamed(
  collection: CollectionSpec,
  nouns: Noun[],
  domains: DomainEntry[],
  all: CollectionSpec[],
): CollectionSpec {
  const own = [collection.label.toLowerCase(), singular(collection.plural.toLowerCase())];
  if (nouns.some((n) => own.includes(n.noun))) return collection;
  // A word another collection goes by ("jobs" of a job board beside a project's) stays that one's.
  const taken = (noun: string) =>
    all.some((c) => c.name !== collection.name && singular(c.label.toLowerCase()) === noun);
  const aliases = domains.flatMap((d) => d.aliases[collection.name] ?? []);
  // Only a noun that names records, not one in a list of fields ("title, url and tags").
  const named = nouns.find(
    (n) => !n.inList && aliases.includes(n.noun) && n.noun.split(' ').length <= 2 && !taken(n.noun),
  );
  return named ? { ...collection, ...namesOf(named.noun), name: collection.name } : collection;
}

/** Sample pictures would be fetched from the web, which apps cannot reach: samples go without them. */
function withoutPictures(collection: CollectionSpec): CollectionSpec {
  const pictures = collection.fields.filter((f) => f.type === 'image').map((f) => f.name);
  if (pictures.length === 0 || !collection.samples) return collection;
  const samples = collection.samples.map((s) =>
    Object.fromEntries(Object.entries(s).filter(([k]) => !pictures.includes(k))),
  );
  return { ...collection, samples };
}

function pickFromDomain(domain: DomainEntry, named: string[], withCore: boolean): CollectionSpec[] {
  const wanted = new Set([...(withCore ? domain.core : []), ...named]);
  return domain.collections.filter((c) => wanted.has(c.name)).map((c) => withoutPictures(structuredClone(c)));
}

/** The collection an alias names, searched in every picked collection. */
function collectionFor(
  noun: string,
  collections: CollectionSpec[],
  domains: DomainEntry[],
): CollectionSpec | undefined {
  const head = noun.split(' ').at(-1) ?? noun;
  return collections.find((c) => {
    const aliases = domains.flatMap((d) => d.aliases[c.name] ?? []);
    return [...aliases, c.label.toLowerCase()].some((a) => a === noun || a === head);
  });
}

/** Things the person names as kinds of record (in the plural, or with fields of their own) that the domain lacks. */
function ownThings(domain: DomainEntry, nouns: Noun[], isField: (noun: Noun) => boolean): string[] {
  const words = [domain.name, ...domain.synonyms].join(' ').toLowerCase().split(/\s+/);
  const things = nouns.filter(
    (n) =>
      !n.inList &&
      (n.plural || n.listed.length > 0) &&
      n.kind !== null &&
      RECORD_KINDS.has(n.kind) &&
      !isField(n) &&
      !words.includes(n.noun.split(' ').at(-1)!),
  );
  const lacking = things.filter((n) => namedCollections(domain, [n.noun]).length === 0).map((n) => n.noun);
  return [...new Set(lacking)];
}

export function composeFromDomains(
  matches: DomainMatch[],
  nouns: Noun[],
  features: ListFeatures,
  isField: (noun: Noun) => boolean,
): DataComposition {
  const [primary, ...rest] = matches;
  if (!primary) return { collections: [], pages: [], domains: [], added: [] };
  const own = ownThings(primary.domain, nouns, isField);
  // "an astronomy society: telescopes, loans and observing nights": a domain found by a word or two that
  // holds fewer of the things the person names than it lacks is not their app; it lends the
  // collections they name, never its own core ones.
  const withCore = own.length < 2 || own.length <= primary.collections.length;
  let collections = pickFromDomain(primary.domain, primary.collections, withCore);
  const used = [primary.domain];
  let pages = structuredClone(primary.domain.pages);
  for (const extra of rest.slice(0, 2)) {
    // Another domain joins only for things the prompt names that the first one lacks ("a gym with a shop").
    const fresh = extra.collections.filter(
      (name) =>
        !collections.some((c) => c.name === name) &&
        !nouns.some((n) => n.noun === name && collectionFor(n.noun, collections, used)),
    );
    if (fresh.length === 0 || extra.named.length === 0) continue;
    const picked = pickFromDomain(extra.domain, fresh, false).filter(
      (c) => !collections.some((d) => d.name === c.name),
    );
    if (picked.length === 0) continue;
    collections = [...collections, ...picked];
    used.push(extra.domain);
    pages = [
      ...pages,
      ...structuredClone(extra.domain.pages).filter((p) => !pages.some((q) => q.id === p.id)),
    ];
  }
  collections = pruneCollections(collections);
  // Listed fields go to the collection named just before the list, else to the first collection a listed
  // word names, else to the first one: what the person listed is what they expect to see.
  const placed = new Set<Noun>();
  for (const noun of nouns) {
    if (noun.listed.length === 0) continue;
    const target =
      collectionFor(noun.noun, collections, used) ??
      noun.listed.map((f) => collectionFor(singularLabel(f), collections, used)).find(Boolean) ??
      collections[0];
    if (!target) continue;
    const fields = noun.listed.filter((f) => singularLabel(f) !== target.label.toLowerCase());
    collections = collections.map((c) => (c.name === target.name ? addFields(c, fields) : c));
    placed.add(noun);
  }
  // A collection named by another of its words ("assignments" for graded work) takes the person's word.
  const named = collections.map((c) => renamedAsNamed(c, nouns, used, collections));
  pages = retitled(pages, collections, named);
  collections = named;
  const added: string[] = [];
  const main = collections[0];
  for (const noun of nouns) {
    if (
      collectionFor(noun.noun, collections, used) ||
      noun.kind === null ||
      added.length >= (withCore ? 2 : 6) ||
      isField(noun) ||
      noun.inList ||
      // Beside a domain, only plural nouns are new kinds of record ("lockers"), not "our street".
      (!noun.plural && noun.listed.length === 0) ||
      placed.has(noun) ||
      // "a monthly chart", "search": parts of the app, not records.
      featuresIn(noun.noun).length > 0
    )
      continue;
    // Words of the domain's own name or synonyms ("library" in a library app) name the app, not records.
    if (
      used.some((d) =>
        [d.name, ...d.synonyms].some((s) =>
          s.toLowerCase().split(/\s+/).includes(noun.noun.split(' ').at(-1)!),
        ),
      )
    )
      continue;
    if (
      collections.some((c) =>
        c.fields.some((f) => f.label.toLowerCase() === noun.noun || f.name === namesOf(noun.noun).name),
      )
    )
      continue;
    if (
      noun.listed.length === 0 &&
      !HAPPENING_KINDS.has(noun.kind) &&
      noun.kind !== 'person' &&
      noun.kind !== 'artifact' &&
      noun.kind !== 'animal'
    )
      continue;
    const extra = genericCollection(noun.noun, noun.kind, noun.listed);
    if (collections.some((c) => c.name === extra.name)) continue;
    if (main && HAPPENING_KINDS.has(noun.kind)) {
      extra.fields.splice(1, 0, { name: main.name, label: main.label, type: 'reference', ref: main.name });
    }
    collections.push(extra);
    added.push(noun.noun);
    pages.push({
      id: namesOf(noun.noun).name.toLowerCase(),
      title: extra.plural,
      sections: [{ type: 'collection', collection: extra.name, view: 'table' }],
    });
  }
  applyFeatures(pages, features);
  // The records the prompt leads with ("an expense tracker", "a workout log: ...") are the home page,
  // ahead of an overview of figures.
  const first = nouns.map((n) => collectionFor(n.noun, collections, used)).find(Boolean)?.name;
  return {
    collections,
    pages: withFormsForAll(askedFirst(prunePages(pages, collections), first), collections),
    domains: used.map((d) => d.id),
    added,
  };
}

/** Search, sort and the like asked for in the prompt go to the first list of records. */
function applyFeatures(pages: PageSpec[], features: ListFeatures): void {
  const first = pages.flatMap((p) => p.sections).find((s) => s.type === 'collection');
  if (!first || first.type !== 'collection') return;
  if (features.search) first.search = true;
  if (features.exportCsv) first.exportCsv = true;
  if (features.importCsv) first.importCsv = true;
  if (features.sort) first.sort = features.sort;
  if (features.live) first.live = true;
}

/** A data app from the prompt's nouns alone: the first is the main thing, happenings refer to things. */
export function composeFromNouns(title: string, nouns: Noun[], features: ListFeatures): DataComposition {
  const made: { collection: CollectionSpec; happening: boolean; party: boolean }[] = [];
  // The first four nouns, and after them the ones named in the plural as kinds of record, up to six.
  const kept = nouns.filter((n, i) => i < 4 || n.plural).slice(0, 6);
  for (const noun of kept) {
    const collection = genericCollection(noun.noun, noun.kind, noun.listed);
    if (made.some((m) => m.collection.name === collection.name)) continue;
    const happening = noun.kind !== null && HAPPENING_KINDS.has(noun.kind);
    made.push({ collection, happening, party: noun.kind === 'person' || noun.kind === 'group' });
  }
  // Wherever they stand in the sentence, happenings (rides, inspections) refer to things (bikes, hives);
  // with no happening, works and objects refer to the people and bodies named with them ("authors,
  // novels, publishers": a novel has its author and its publisher).
  const anyHappening = made.some((m) => m.happening);
  const things = made.filter((m) => !m.happening).map((m) => m.collection);
  const parties = made.filter((m) => m.party).map((m) => m.collection);
  for (const { collection, happening, party } of made) {
    if (!happening && (anyHappening || party)) continue;
    const refs = (anyHappening ? things : parties)
      .slice(0, 2)
      .map((t) => ({ name: t.name, label: t.label, type: 'reference' as const, ref: t.name }));
    collection.fields.splice(1, 0, ...refs);
  }
  const collections = made.map((m) => m.collection);
  return {
    collections,
    pages: genericPages(title, collections, features),
    domains: [],
    added: nouns.map((n) => n.noun),
  };
}
