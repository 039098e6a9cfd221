// Prompt -> AppSpec v2. Reads the look and the stack words first (so they never become data), asks
// whether a tool or game blueprint is wanted, then retrieves the domains the prompt is about and
// composes the app from them and from the prompt's own nouns; a prompt with nothing to build is
// refused with suggestions rather than turned into an app named after its words.
import {
  COMPOSED_BLUEPRINT,
  migrateSpecV1,
  SPEC_VERSION,
  type AppSpec,
  type FieldSpec,
} from '@isekai/contracts';
import { featuresIn } from '../offline/features.js';
import { extractFieldList, listSegment, splitList } from '../offline/field-list.js';
import { inferField } from '../offline/field-typing.js';
import { chosenTitle } from '../offline/presets/preset-helpers.js';
import { parsePrompt } from '../offline/prompt-parser.js';
import { composeFromDomains, composeFromNouns, type DataComposition, type Noun } from './compose-data.js';
import { addAskedForm, formApp } from './asked-form.js';
import { buildMeasures } from './build-measures.js';
import { composeSite } from './compose-site.js';
import { withDescribedRecords } from './described.js';
import { builtLines, describeComposed } from './describe-plan.js';
import { entriesCollection, entriesTitle, readEntries } from './entries.js';
import { refineFields } from './field-kinds.js';
import { genericPages, type ListFeatures } from './generic-pages.js';
import { isKnownWord, nounKind, nounKinds, singular, type NounKind } from './lexicon.js';
import { readLook } from './look.js';
import { isDrawn, readMeasures } from './measures.js';
import { namesOf, titleCase } from './naming.js';
import { needLines, readNeeds, withoutNeedWords } from './needs.js';
import { nounPhrases, terms, type Phrase } from './phrases.js';
import { notUnderstood, toolNotBuilt } from './refusal.js';
import { namedCollections, normalWords, retrieveDomains, type DomainMatch } from './retrieval.js';
import { standInRecords } from './stand-in.js';
import { nearestTools, retrieveTool } from './tool-retrieval.js';
import { toolSpec } from './tool-spec.js';
import { readStack, stackNote } from './stack.js';

export interface Understanding {
  spec: AppSpec;
  steps: string[];
  built: string[];
  leftOut: string[];
  notes: string[];
}

/** Nouns that name the app or its container, not a kind of record. */
const CONTAINERS =
  /^(app|application|tool|system|site|website|page|web page|webpage|landing page|homepage|platform|software|program|manager|management|tracker|tracking|log|logbook|list|database|dashboard|admin|admin dashboard|portal|hub|organizer|organiser|catalog|catalogue|register|directory|planner|keeper|thing|way|place|version|overview|one|something|anything|everything|section|form|view|screen|feature|option|button)$/;

/** Older blueprints that a catalogue entry found by name does better. */
const WEAKER_BLUEPRINTS = new Set(['calculator', 'tic-tac-toe', 'unit-converter']);

/** Words that ask for something that does a job, not records to keep. */
const TOOL_WORDS =
  /\b(converter|convert|generator|calculator|calculate|tool|tester|checker|encoder|decoder|counter|timer|stopwatch|clock|game|play(?:able)?|arcade|puzzle)\b/i;

const SITE_WORDS =
  /\b(website|web ?site|landing page|home ?page|web page|one[- ]pager|portfolio|site for|site about|microsite)\b/i;

/** "a page for my band", "event page for a 10k run", "tattoo studio site: …": the prompt opens by naming a page. */
const OPENS_WITH_PAGE = /^[^,.:;]{0,50}?\b(?:page|site)\b(?=\s*(?:for|with|about|:|,|$))/i;
const OPENS_WITH_APP = /^[^,.:;]{0,50}?\b(?:app|application|tracker|dashboard|tool|system|log)\b/i;

/** Blueprints of the tools and games; a prompt that picks one of them is built by it. */
const DATA_BLUEPRINTS = new Set(['data-app', 'landing-page']);

function listFeaturesOf(lower: string): ListFeatures {
  const found = new Set(featuresIn(lower));
  return {
    search: found.has('search'),
    sort: /\bnewest first|latest first|most recent first\b/.test(lower)
      ? { field: 'createdAt', direction: 'desc' }
      : null,
    filter: found.has('filter'),
    chart: found.has('chart'),
    totals: found.has('totals'),
    exportCsv: found.has('csv-export'),
    importCsv: found.has('csv-import'),
    live: found.has('live'),
    cards: /\bcards?\b|\bgallery\b/.test(lower),
  };
}

/** Where the list of fields starts and ends ("a log of every swim: pool, lengths, minutes"), if there is one. */
function listSpan(text: string): { start: number; end: number } | null {
  const segment = listSegment(text);
  if (!segment) return null;
  const start = text.indexOf(segment);
  return { start, end: start + segment.length };
}

/** How many items of a list are plural nouns of things ("tools, neighbours, and loans"), not field words. */
const LEADING_SMALL_WORDS = /^(?:(?:the|a|an|my|our|their|with|of|for|some|all|also)\s+)+/;

async function pluralThings(segment: string): Promise<number> {
  let things = 0;
  // "my hives (name, location) and inspections of each hive with date": an item is named before its
  // brackets, its "with" and its relating words.
  for (const whole of splitList(segment)) {
    const item = whole.split(/\(|\s(?:with|of|for|on|from|against|between|who|that|where)\s/i)[0] ?? whole;
    // "the members who borrow them": leading articles and prepositions are not the item's words.
    const words = (
      item
        .trim()
        .toLowerCase()
        .match(/[a-z]+/g) ?? []
    )
      .join(' ')
      .replace(LEADING_SMALL_WORDS, '')
      .split(' ')
      .filter(Boolean);
    // "contacts who work at a company": the item's first word names it when that word is plural.
    const last = words[0] && singular(words[0]) !== words[0] ? words[0] : words.at(-1);
    if (!last || singular(last) === last) continue;
    const field = inferField(item.trim());
    if (field && field.type !== 'text' && field.type !== 'longtext') continue;
    const kind = await nounKind(last);
    if (
      kind &&
      [
        'person',
        'artifact',
        'act',
        'event',
        'animal',
        'plant',
        'group',
        'document',
        'place',
        'food',
      ].includes(kind) &&
      !/^(notes|tags|photos|pictures|comments|details|ingredients)$/.test(last)
    )
      things += 1;
  }
  return things;
}

/**
 * A noun whose first senses include an act or event is a happening even when its commonest sense is a
 * thing ("screening", "service"), unless it names a person: happenings refer to the things they are about.
 */
async function happeningOr(kind: NounKind | null, head: string): Promise<NounKind | null> {
  if (kind === null || kind === 'person' || kind === 'act' || kind === 'event') return kind;
  const kinds = await nounKinds(head, 3);
  return kinds.includes('act') || kinds.includes('event') || kinds.includes('time') ? 'act' : kind;
}

/** Brackets hold options ("type (green, black, oolong)"), never kinds of record. */
function inBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Words kept as nouns: not containers, not pronouns, and a word of English (or one of its compounds). */
async function readNouns(text: string, phrases: Phrase[]): Promise<Noun[]> {
  const nouns: Noun[] = [];
  const list = listSpan(text);
  // The list's fields belong to the last thing named before it ("mushrooms I find: species, where...").
  // "with students' test scores": the possessor that opens the list owns what it holds.
  const possessor = list ? /^([a-z]+?)(?:s'|'s)\s+/i.exec(text.slice(list.start)) : null;
  const owner =
    list && !possessor
      ? [...phrases]
          .reverse()
          .find((p) => p.end <= list.start && !CONTAINERS.test(p.noun) && !inBrackets(text, p.start))
      : undefined;
  const listText =
    list && possessor
      ? text.slice(0, list.start) +
        ' '.repeat(possessor[0].length) +
        text.slice(list.start + possessor[0].length)
      : text;
  // "films, members, and screenings": a list of plural things is a list of collections, not of fields.
  const listedThings = list ? await pluralThings(text.slice(list.start, list.end)) : 0;
  const entityList = listedThings >= 2;
  const ownerFields = list && !entityList ? await refineFields(extractFieldList(listText).fields) : [];
  for (const phrase of phrases) {
    // "recipe manager" keeps "recipe"; "long list" keeps nothing, since "long" describes and "list" contains.
    const hasContainer = phrase.words.some((w) => CONTAINERS.test(w)) && phrase.words.length > 1;
    const kept = phrase.words.filter((w) => !hasContainer || !CONTAINERS.test(w));
    const nounsOnly = phrase.words.filter((w, i) => !CONTAINERS.test(w) && phrase.nounWords[i]);
    const noun = (hasContainer && nounsOnly.length > 0 ? nounsOnly : kept).join(' ');
    // "birdwatching log": a word before a container names what is logged, even one WordNet lacks.
    if (
      hasContainer &&
      nounsOnly.length === 0 &&
      !(await nounKind(noun)) &&
      (!/^[a-z]{4,}$/.test(noun) || phrase.adjectiveWords.some(Boolean))
    )
      continue;
    if (!noun || CONTAINERS.test(noun) || CONTAINERS.test(phrase.noun)) continue;
    const kind = await happeningOr((await nounKind(noun)) ?? (await nounKind(phrase.head)), phrase.head);
    const inList =
      (list !== null && !entityList && phrase.start >= list.start && phrase.start < list.end) ||
      inBrackets(text, phrase.start);
    // "film club: films, members, and screenings": the owner of a list of collections names the app.
    if (entityList && phrase === owner) continue;
    // After a list of collections, the sentences say how they relate ("a member hosts a film"), not new ones.
    if (entityList && list && phrase.start >= list.end) continue;
    // "energy tracker: meter readings with date and kWh": the list's records are named after the colon.
    if (hasContainer && owner && phrase.end <= owner.start && /:/.test(text.slice(phrase.end, owner.start)))
      continue;
    // ... and "classroom dashboard with students' test scores": the students are.
    if (hasContainer && list && possessor && phrase.end <= list.start) continue;
    nouns.push({
      noun,
      kind,
      start: phrase.start,
      listed: phrase === owner ? ownerFields : [],
      inList,
      plural: phrase.plural,
    });
  }
  // "a log of every swim: pool, lengths", "fishing catches: fish, ...": the tagger read the word before
  // the list as a verb; WordNet knows it as a noun, so it names the records the list describes.
  if (list && !nouns.some((n) => n.listed.length > 0) && ownerFields.length > 0) {
    const words = text.slice(0, list.start).match(/[a-z]+/gi) ?? [];
    const before =
      possessor?.[1] ??
      [...words]
        .reverse()
        .find(
          (w) =>
            !CONTAINERS.test(singular(w)) &&
            !/^(with|including|containing|that|has|have|of|for|to|and|the|a|an|my|our|every|each|all)$/i.test(
              w,
            ),
        );
    const kind = before ? ((await nounKind(before)) ?? ((await isKnownWord(before)) ? 'other' : null)) : null;
    const first = nouns.find((n) => !n.inList);
    if (before && kind)
      nouns.unshift({
        noun: singular(before.toLowerCase()),
        kind,
        start: list.start,
        listed: ownerFields,
        inList: false,
        plural: true,
      });
    else if (first) first.listed = ownerFields;
  }
  return nouns;
}

/**
 * "a list of podcasts to try, with host, topic, episode count": the person described their own records. A
 * domain found by that one noun alone (a podcast studio) whose collection lacks most of the listed fields
 * would build something else, so the records are built as described.
 */
async function describedRecords(text: string, phrases: Phrase[], matches: DomainMatch[]): Promise<boolean> {
  const top = matches[0];
  if (!top || top.domain.kind === 'site') return false;
  // Only the records the prompt starts with: "Invoices for my clients. Each invoice has line items with..."
  // is about invoices, whatever its line items hold.
  const nouns = await readNouns(text, phrases);
  const owner = nouns[0] && nouns[0].listed.length >= 3 ? nouns[0] : undefined;
  if (!owner) return false;
  const head = owner.noun.split(' ').at(-1) ?? '';
  const collection = top.domain.collections.find((c) =>
    [...(top.domain.aliases[c.name] ?? []), c.label.toLowerCase()].includes(head),
  );
  const byOneWord = top.named.every((n) => !n.includes(' '));
  if (!byOneWord) return false;
  // Found by its name alone, with none of its collections named: the person meant their own records.
  // Collections named only by a listed field ("episode count") do not make it the person's domain.
  if (!collection)
    return (
      namedCollections(
        top.domain,
        nouns.filter((n) => !n.inList).map((n) => n.noun),
      ).length === 0
    );
  const labels = collection.fields.map((f) => singular(f.label.toLowerCase()));
  const covered = owner.listed.filter((f) =>
    labels.some((l) => l.includes(singular(f.label.toLowerCase()))),
  ).length;
  return covered * 2 < owner.listed.length;
}

/** A listed field ("due dates", "price") names data, not a kind of record. */
function isFieldWord(noun: Noun, fields: FieldSpec[]): boolean {
  const field = inferField(noun.noun);
  if (fields.some((f) => singular(f.label.toLowerCase()) === noun.noun || f.name === namesOf(noun.noun).name))
    return true;
  return field !== null && field.type !== 'text' && field.type !== 'longtext';
}

/** "for Bean There, a coffee shop": the business's name and what it is. */
function siteWords(prompt: string, phrases: Phrase[], fallback: string): { name: string; topic: string } {
  const chosen = chosenTitle(prompt);
  const proper = /\bfor ([A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,3})/.exec(prompt)?.[1];
  const topicPhrase =
    /\bfor (?:a|an|my|our|the) ([a-z0-9][a-z0-9' -]{2,40}?)(?:\s+(?:with|that|which|called|named|in|where|who)\b|[,.;:]|$)/i.exec(
      prompt,
    )?.[1];
  const first = phrases.findIndex((p) => !CONTAINERS.test(p.noun));
  // "a photographer's portfolio": the owner and the thing together.
  const firstText =
    first >= 0
      ? phrases[first]!.possessive && phrases[first + 1]
        ? `${phrases[first]!.text} ${phrases[first + 1]!.text}`
        : phrases[first]!.text
      : undefined;
  const topic = (topicPhrase ?? firstText ?? fallback).trim().toLowerCase();
  const name = chosen ?? proper ?? titleCase(topic);
  return { name, topic };
}

/** A title for records of the prompt's own nouns: "Beekeeper's Log", "Bikes, Rides & Repairs". */
function genericTitle(prompt: string, phrases: Phrase[], entities: Noun[]): string {
  const named = phrases[0];
  if (named && named.words.some((w) => CONTAINERS.test(w)) && named.words.length > 1)
    return titleCase(named.text.replace(/^(?:a|an|the|my|our)\s+/i, ''));
  const owner = phrases.find((p) => p.possessive);
  const container = owner ? phrases[phrases.indexOf(owner) + 1] : undefined;
  if (owner && container && CONTAINERS.test(container.head))
    return titleCase(`${owner.text} ${container.text}`);
  const plurals = entities.slice(0, 3).map((e) => namesOf(e.noun).plural);
  return plurals.length <= 2 ? plurals.join(' & ') : `${plurals.slice(0, -1).join(', ')} & ${plurals.at(-1)}`;
}

/** "a password hints list", "a quiz log": a container of records named in the head is a data app, not a tool. */
const DATA_CONTAINER =
  /\b(list|log|logbook|catalog|catalogue|database|register|inventory|collection|archive)\b/i;

function toolUnderstanding(prompt: string): Understanding | null {
  const segment = listSegment(prompt);
  const head = segment ? prompt.slice(0, prompt.indexOf(segment)) : prompt;
  if (
    DATA_CONTAINER.test(head.replace(/\([^)]*\)/g, ' ')) &&
    !/\b(to-?do|todo|shopping|check)\s*list\b/i.test(head)
  )
    return null;
  const parsed = parsePrompt(prompt);
  if (DATA_BLUEPRINTS.has(parsed.spec.blueprint)) return null;
  const spec = migrateSpecV1(parsed.spec);
  return { spec, steps: parsed.steps, built: [spec.description], leftOut: [], notes: parsed.notes };
}

/** The prompt's words that are not English (typos, gibberish, names). */
async function unknownWords(text: string): Promise<{ words: string[]; unknown: string[] }> {
  const words = text.toLowerCase().match(/[a-z]{2,}/g) ?? [];
  const unknown: string[] = [];
  for (const word of words) if (!(await isKnownWord(word))) unknown.push(word);
  return { words, unknown };
}

/** "for", "and", "the": words every sentence has that WordNet, a dictionary of content words, lacks. */
function grammarWords(text: string): Set<string> {
  const grammar = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun'];
  return new Set(terms(text).flatMap((t) => (grammar.some((g) => t.tags.has(g)) ? [t.normal] : [])));
}

function kindOf(matches: DomainMatch[], lower: string): string {
  if (/\bdashboard\b/.test(lower) || matches[0]?.domain.kind === 'dashboard') return 'dashboard';
  return 'data';
}

export async function understandPrompt(prompt: string): Promise<Understanding> {
  const clean = prompt.trim();
  const lower = clean.toLowerCase();
  const look = readLook(clean);
  const stack = readStack(clean);
  const needs = readNeeds(clean);
  const extraNotes = stackNote(stack);
  // The catalogue's games, calculators and tools, found by name or synonym; the older blueprints (timers,
  // quiz, text tools...) answer for what the catalogue does not name more precisely.
  const list = listSpan(look.rest);
  const toolHead = list ? look.rest.slice(0, list.start) : look.rest;
  const catalogued = retrieveTool(
    toolHead,
    TOOL_WORDS.test(toolHead),
    (await unknownWords(toolHead)).unknown,
  );
  const tool = needs.some((n) => n.standIn?.overBlueprints) ? null : toolUnderstanding(clean);
  // The older blueprints stay for what they do well; a plain calculator or a two-player tic-tac-toe gives
  // way to the catalogue's BMI calculator or game against the computer.
  // ...or when a game's name is the app itself, before any "with": "whack-a-mole with a 30 second timer".
  const lead = normalWords(toolHead.split(/\bwith\b/i)[0] ?? toolHead);
  // "a quiz log" keeps quizzes; "a team maker that splits a list of people" is still a team maker.
  const ownName = toolHead.split(/\b(?:that|which|who)\b/i)[0] ?? toolHead;
  const preciser =
    catalogued &&
    !DATA_CONTAINER.test(ownName) &&
    (!tool ||
      WEAKER_BLUEPRINTS.has(tool.spec.blueprint) ||
      (catalogued.entry.kind === 'game' && catalogued.named.some((n) => lead.includes(` ${n} `))));
  if (catalogued && preciser) {
    const spec = toolSpec(catalogued.entry, clean, look.theme);
    return {
      spec,
      steps: [
        `Recognised ${catalogued.entry.name} (${catalogued.entry.kind}) from “${catalogued.named[0]}”.`,
      ],
      built: builtLines(spec),
      leftOut: [...needLines(needs), ...(catalogued.entry.leftOut?.(clean) ?? [])],
      notes: [...(catalogued.entry.notes ?? []), ...extraNotes],
    };
  }
  if (tool) {
    tool.spec.theme = { ...look.theme, mode: tool.spec.theme.mode === 'dark' ? 'dark' : look.theme.mode };
    return { ...tool, leftOut: needLines(needs), notes: [...tool.notes, ...extraNotes] };
  }
  // "keep track of my kayaks": the phrase asks to keep records; "track" names no kind of record. Nor
  // does what the sandbox lacks: "by SMS", "a map of" are ways of doing things, never records.
  const kept = withoutNeedWords(
    look.rest.replace(/\bkeep(?:s|ing)? track of\b/gi, (m) => ' '.repeat(m.length)),
    needs,
  );
  // "the class average", "no-shows": figures to work out (built at the end), not fields or records.
  const measured = readMeasures(kept);
  const text = measured.rest;
  const phrases = nounPhrases(text);
  const vocabulary = await unknownWords(text);
  // What the app is about is said before its list of fields: "birdwatching log - species, ..., notes" is
  // not a notes app.
  const head = list ? text.slice(0, list.start) : text;
  const matches = retrieveDomains(
    head,
    phrases.map((p) => p.noun),
    vocabulary.unknown,
  );
  // A game or tool the catalogue lacks would otherwise become a list named after it: say so instead.
  // ... also when the app's own name is a tool ("a slug generator for blog posts" is no blog).
  // (the tool word is the name's head: "a slug generator", not "a tool-lending shed")
  const named = phrases[0] && TOOL_WORDS.test(phrases[0].head) && phrases[0].start < 20;
  if ((matches.length === 0 || named) && TOOL_WORDS.test(head))
    throw toolNotBuilt(
      clean,
      nearestTools(head).map((t) => t.name),
    );
  // Judged on all the prompt's words, need words too: "live crypto prices for Bitcoin" is English.
  const spoken = await unknownWords(look.rest);
  const grammar = grammarWords(look.rest);
  const unknown = spoken.unknown.filter((w) => !grammar.has(w));
  const mostlyGibberish = unknown.length * 2 > spoken.words.length || spoken.words.length === 0;
  if (matches.length === 0 && mostlyGibberish) throw notUnderstood(clean, []);
  const steps: string[] = [];
  if (look.read.length > 0) steps.push(`Read the look: ${look.read.join('; ')}.`);
  const features = listFeaturesOf(lower);
  // The chart asked for ("covers per night") is drawn by its measure, not chosen for the person.
  if (measured.measures.some(isDrawn)) features.chart = false;
  // "each day I enter visitors and sign-ups": the records are the person's own dated entries.
  const entries = await readEntries(text);
  if (entries) matches.splice(0, matches.length);
  const siteMatch = matches.find((m) => m.domain.kind === 'site');
  if (await describedRecords(text, phrases, matches)) matches.splice(0, matches.length);
  const dataMatches = matches.filter((m) => m.domain.kind !== 'site');
  // Without a word like "website" or "landing page", a site wins only clearly over the records it competes with.
  const bestData = dataMatches[0];
  const wantsSite =
    (SITE_WORDS.test(clean) && !entries) ||
    (OPENS_WITH_PAGE.test(clean) && !OPENS_WITH_APP.test(clean.split(/\b(?:page|site)\b/i)[0] ?? '')) ||
    (siteMatch !== undefined &&
      matches[0] === siteMatch &&
      (!bestData || siteMatch.score > bestData.score * 2));
  let spec: AppSpec;
  if (wantsSite) {
    const words = siteWords(clean, phrases, siteMatch?.domain.name ?? 'our place');
    const site = await composeSite(text, words, siteMatch?.domain ?? null);
    if (site.placeholders.length > 0)
      extraNotes.push(
        `Sections named in the prompt (${site.placeholders.join(', ')}) have placeholder text to replace with your own.`,
      );
    steps.push(
      siteMatch
        ? `Recognised a ${siteMatch.domain.name.toLowerCase()} site.`
        : 'Read the prompt as a website.',
    );
    if (site.added.length > 0) steps.push(`Added what the prompt asked for: ${site.added.join(', ')}.`);
    spec = {
      version: SPEC_VERSION,
      kind: 'site',
      blueprint: COMPOSED_BLUEPRINT,
      title: words.name,
      description: '',
      collections: site.collections,
      pages: site.pages,
      theme: look.theme,
      domains: site.domains,
      options: {},
    };
  } else {
    const nouns = await readNouns(text, phrases);
    // What the network would give, kept by hand instead.
    const standIn = standInRecords(needs, nouns, look.rest, dataMatches);
    const domainMatches = standIn ? [] : dataMatches;
    const listedAll = nouns.flatMap((n) => n.listed);
    let composition: DataComposition & { title: string };
    const form = formApp(clean, phrases);
    if (form) {
      composition = { ...form, domains: [], added: [] };
      steps.push(`Read the prompt as ${form.title.toLowerCase()} that keeps what is sent.`);
    } else if (entries) {
      const collection = entriesCollection(entries);
      const title = chosenTitle(clean) ?? entriesTitle(text, entries);
      const pages = genericPages(title, [collection], features);
      composition = { collections: [collection], pages, domains: [], added: [], title };
      steps.push(`Read the prompt as ${collection.plural.toLowerCase()} of numbers the person enters.`);
    } else if (domainMatches.length > 0) {
      composition = {
        ...composeFromDomains(domainMatches, nouns, features, (n) => isFieldWord(n, listedAll)),
        title: 'My App',
      };
      steps.push(
        `Recognised ${domainMatches[0]!.domain.name.toLowerCase()} (${composition.domains.join(', ')}).`,
      );
    } else if (standIn) {
      composition = { ...composeFromNouns(standIn.title, [standIn.noun], features), title: standIn.title };
      steps.push(`Built ${standIn.noun.noun} records to fill in by hand in place of what needs a network.`);
    } else {
      const owners = new Set(phrases.filter((p, i) => p.possessive && i === 0).map((p) => p.noun));
      const entities = nouns.filter(
        (n) =>
          !n.inList &&
          // The noun that owns the list names the records, even when a listed field shares its word.
          (n.listed.length > 0 ||
            (!isFieldWord(n, listedAll) && n.kind !== 'attribute' && n.kind !== 'quantity')) &&
          !owners.has(n.noun),
      );
      if (entities.length === 0)
        throw notUnderstood(
          clean,
          matches.map((m) => m.domain.name),
        );
      const title = chosenTitle(clean) ?? genericTitle(clean, phrases, entities);
      composition = { ...composeFromNouns(title, entities, features), title };
      steps.push(`Read the prompt as records of ${composition.added.join(', ')}.`);
    }
    // What the person's sentences say about each record wins over the defaults it was composed with.
    // The aliases of the domains used, the first domain's winning where two name the same collection.
    const used = dataMatches.filter((m) => composition.domains.includes(m.domain.id)).reverse();
    const aliases = Object.assign({}, ...used.map((m) => m.domain.aliases)) as Record<string, string[]>;
    Object.assign(
      composition,
      await withDescribedRecords(composition, text, { aliases, isContainer: (n) => CONTAINERS.test(n) }),
    );
    if (composition.added.length > 0 && composition.domains.length > 0)
      steps.push(`Added collections of their own for: ${composition.added.join(', ')}.`);
    const primary = form ? undefined : domainMatches[0]?.domain;
    spec = {
      version: SPEC_VERSION,
      kind: kindOf(form ? [] : domainMatches, lower),
      blueprint: COMPOSED_BLUEPRINT,
      title: chosenTitle(clean) ?? primary?.name ?? composition.title,
      description: '',
      collections: composition.collections,
      pages: composition.pages,
      theme: look.theme,
      domains: composition.domains,
      options: {},
    };
  }
  if (spec.kind !== 'site') addAskedForm(spec, clean);
  const measures = spec.kind === 'site' ? { leftOut: [], notes: [] } : buildMeasures(spec, measured.measures);
  if (stack.length > 0) spec.stack = stack.map((s) => s.name);
  spec.description = describeComposed(spec);
  return {
    spec,
    steps,
    built: builtLines(spec),
    leftOut: [...needLines(needs), ...measures.leftOut],
    notes: [...extraNotes, ...measures.notes],
  };
}
