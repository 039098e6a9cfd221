// The records app the prompt asks for, composed from the first of: a form to send, the person's own
// dated entries, the domains retrieved, a stand-in for what needs a network, or the prompt's own nouns.
import { COMPOSED_BLUEPRINT, SPEC_VERSION, type AppSpec } from '@isekai/contracts';
import { chosenTitle } from '../offline/presets/preset-helpers.js';
import { formApp } from './asked-form.js';
import { composeFromDomains, composeFromNouns, type DataComposition, type Noun } from './compose-data.js';
import { withDescribedRecords } from './described.js';
import { entriesCollection, entriesTitle } from './entries.js';
import { readExamples, withExamples } from './examples.js';
import { genericPages } from './generic-pages.js';
import { goalLog, goalOf } from './goal-log.js';
import { dataKind } from './kind-choice.js';
import { CONTAINERS } from './kind-words.js';
import { coveredByLedger, ledgerOf, readMoneyFlows } from './money-flows.js';
import { isFieldWord, readNouns } from './read-nouns.js';
import { withNamedThingsCovered } from './named-coverage.js';
import { notUnderstood } from './refusal.js';
import type { DomainMatch } from './retrieval.js';
import { standInRecords } from './stand-in.js';
import { genericTitle } from './titles.js';
import type { Reading } from './understanding-types.js';

type Composition = DataComposition & { title: string };

interface Composed {
  composition: Composition;
  byForm: boolean;
  domainMatches: DomainMatch[];
  /** The prompt's nouns, when the app was composed from them (with or without a domain). */
  nouns?: Noun[];
}

async function composition(reading: Reading, dataMatches: DomainMatch[]): Promise<Composed> {
  const { clean, text, phrases, entries, features, steps } = reading;
  const nouns = await readNouns(text, phrases);
  // What the network would give, kept by hand instead.
  const standIn = await standInRecords(reading.needs, nouns, reading.look.rest, dataMatches);
  const domainMatches = standIn ? [] : dataMatches;
  const listedAll = nouns.flatMap((n) => n.listed);
  const form = formApp(clean, phrases);
  if (form) {
    steps.push(`Read the prompt as ${form.title.toLowerCase()} that keeps what is sent.`);
    return { composition: { ...form, domains: [], added: [] }, byForm: true, domainMatches };
  }
  if (entries) {
    const collection = entriesCollection(entries);
    const title = chosenTitle(clean) ?? entriesTitle(text, entries);
    const pages = genericPages(title, [collection], features);
    steps.push(`Read the prompt as ${collection.plural.toLowerCase()} of numbers the person enters.`);
    return {
      composition: { collections: [collection], pages, domains: [], added: [], title },
      byForm: false,
      domainMatches,
    };
  }
  // Money named coming in and going out ("my earnings and shop costs") is one ledger of both ways.
  // Examples given of a thing ("categories like food, rent and travel") say no way the money goes.
  const flows = standIn ? null : await readMoneyFlows(readExamples(reading.look.rest).rest);
  if (flows) {
    const title = chosenTitle(clean) || genericTitle(phrases, []) || 'Money in and out';
    const ledger = ledgerOf(flows, title);
    const covered = coveredByLedger(reading.measures, flows);
    reading.measures = reading.measures.filter((m) => !covered.includes(m));
    steps.push(
      `Read the prompt as money in (${flows.words.in.toLowerCase()}) and out (${flows.words.out.toLowerCase()}).`,
    );
    return {
      composition: { collections: [ledger.collection], pages: ledger.pages, domains: [], added: [], title },
      byForm: false,
      domainMatches: [],
    };
  }
  if (domainMatches.length > 0) {
    const composed = {
      ...composeFromDomains(domainMatches, nouns, features, (n) => isFieldWord(n, listedAll)),
      title: 'My App',
    };
    steps.push(`Recognised ${domainMatches[0]!.domain.name.toLowerCase()} (${composed.domains.join(', ')}).`);
    return { composition: composed, byForm: false, domainMatches, nouns };
  }
  if (standIn) {
    steps.push(`Built ${standIn.noun.noun} records to fill in by hand in place of what needs a network.`);
    return {
      composition: { ...composeFromNouns(standIn.title, [standIn.noun], features), title: standIn.title },
      byForm: false,
      domainMatches,
    };
  }
  const owners = new Set(phrases.filter((p, i) => p.possessive && i === 0).map((p) => p.noun));
  const entities = nouns.filter(
    (n) =>
      !n.inList &&
      // The noun that owns the list names the records, even when a listed field shares its word.
      (n.listed.length > 0 ||
        (!isFieldWord(n, listedAll) && n.kind !== 'attribute' && n.kind !== 'quantity')) &&
      !owners.has(n.noun) &&
      // "the tunes we played that night": a time pointed at is when, not a kind of record.
      (n.plural || !/\b(?:that|this|last|next)\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start))),
  );
  const goal = goalOf(reading.measures);
  const log = entities.length === 0 && goal ? goalLog(goal) : null;
  if (log) {
    steps.push(`Read the prompt as ${log.collection.plural.toLowerCase()} counted toward a goal.`);
    const title = chosenTitle(clean) ?? log.title;
    const pages = genericPages(title, [log.collection], features);
    return {
      composition: { collections: [log.collection], pages, domains: [], added: [], title },
      byForm: false,
      domainMatches,
    };
  }
  if (entities.length === 0)
    throw notUnderstood(
      clean,
      reading.matches.map((m) => m.domain.name),
    );
  const title = chosenTitle(clean) ?? genericTitle(phrases, entities);
  const composed = { ...composeFromNouns(title, entities, features), title };
  steps.push(`Read the prompt as records of ${composed.added.join(', ')}.`);
  return { composition: composed, byForm: false, domainMatches, nouns };
}

/** The records app (data or dashboard) for the domains other than sites that the prompt is about. */
export async function dataSpec(reading: Reading, dataMatches: DomainMatch[]): Promise<AppSpec> {
  const { clean, text, steps } = reading;
  const { composition: composed, byForm, domainMatches, nouns } = await composition(reading, dataMatches);
  // What the person's sentences say about each record wins over the defaults it was composed with.
  // The aliases of the domains used, the first domain's winning where two name the same collection.
  const used = dataMatches.filter((m) => composed.domains.includes(m.domain.id)).reverse();
  const aliases = Object.assign({}, ...used.map((m) => m.domain.aliases)) as Record<string, string[]>;
  Object.assign(
    composed,
    await withDescribedRecords(composed, text, { aliases, isContainer: (n) => CONTAINERS.test(n) }),
  );
  let primary = byForm ? undefined : domainMatches[0]?.domain;
  if (nouns) {
    const listed = nouns.flatMap((n) => n.listed);
    const covered = await withNamedThingsCovered(composed, text, nouns, aliases, (n) =>
      isFieldWord(n, listed),
    );
    composed.collections = withExamples(covered.collections, reading.examples, aliases);
    composed.pages = covered.pages;
    composed.added = [...new Set([...composed.added, ...covered.added])];
    if (covered.droppedDomain) {
      steps.push(`${primary?.name ?? 'The domain found'} held none of the things named, so it was not used.`);
      composed.domains = [];
      composed.title = genericTitle(reading.phrases, nouns);
      primary = undefined;
    }
  }
  if (composed.added.length > 0 && composed.domains.length > 0)
    steps.push(`Added collections of their own for: ${composed.added.join(', ')}.`);
  return {
    version: SPEC_VERSION,
    kind: dataKind(
      byForm ? [] : domainMatches,
      reading.lower,
      reading.asked,
      goalOf(reading.measures) !== undefined,
    ),
    blueprint: COMPOSED_BLUEPRINT,
    title: chosenTitle(clean) ?? primary?.name ?? composed.title,
    description: '',
    collections: composed.collections,
    pages: composed.pages,
    theme: reading.look.theme,
    domains: composed.domains,
    options: {},
  };
}
