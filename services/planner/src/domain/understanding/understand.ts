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
import { extractFieldList, listSegment } from '../offline/field-list.js';
import { inferField } from '../offline/field-typing.js';
import { chosenTitle } from '../offline/presets/preset-helpers.js';
import { parsePrompt } from '../offline/prompt-parser.js';
import { composeFromDomains, composeFromNouns, type DataComposition, type Noun } from './compose-data.js';
import { composeSite } from './compose-site.js';
import { builtLines, describeComposed } from './describe-plan.js';
import type { ListFeatures } from './generic-pages.js';
import { isKnownWord, nounKind, singular } from './lexicon.js';
import { readLook } from './look.js';
import { namesOf, titleCase } from './naming.js';
import { needLines, readNeeds } from './needs.js';
import { nounPhrases, type Phrase } from './phrases.js';
import { gameNotBuilt, notUnderstood } from './refusal.js';
import { retrieveDomains, type DomainMatch } from './retrieval.js';
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

const SITE_WORDS =
  /\b(website|web ?site|landing page|home ?page|web page|one[- ]pager|portfolio|site for|site about|microsite)\b/i;

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

/** Words kept as nouns: not containers, not pronouns, and a word of English (or one of its compounds). */
async function readNouns(text: string, phrases: Phrase[]): Promise<Noun[]> {
  const nouns: Noun[] = [];
  const segment = listSegment(text);
  const listStart = segment ? text.indexOf(segment) : -1;
  for (const phrase of phrases) {
    // "recipe manager" keeps "recipe"; "long list" keeps nothing, since "long" describes and "list" contains.
    const hasContainer = phrase.words.some((w) => CONTAINERS.test(w)) && phrase.words.length > 1;
    const kept = phrase.words.filter((w) => !hasContainer || !CONTAINERS.test(w));
    const nounsOnly = phrase.words.filter((w, i) => !CONTAINERS.test(w) && phrase.nounWords[i]);
    const noun = (hasContainer && nounsOnly.length > 0 ? nounsOnly : kept).join(' ');
    if (hasContainer && nounsOnly.length === 0 && !(await nounKind(noun))) continue;
    if (!noun || CONTAINERS.test(noun) || CONTAINERS.test(phrase.noun)) continue;
    const kind = (await nounKind(noun)) ?? (await nounKind(phrase.head));
    // The list right after a noun is its fields: "books with title, author and year".
    const after = text.slice(phrase.end, phrase.end + 16);
    const listed =
      /^\s*(?::|\(|with\b|including\b|containing\b|that (?:has|have)\b)/i.test(after) &&
      listStart >= phrase.end
        ? extractFieldList(text.slice(phrase.start)).fields
        : [];
    nouns.push({ noun, kind, start: phrase.start, listed });
  }
  return nouns;
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
    /\bfor (?:a|an|my|our|the) ([a-z][a-z' -]{2,40}?)(?:\s+(?:with|that|which|called|named|in|where|who)\b|[,.;:]|$)/i.exec(
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
  const owner = phrases.find((p) => p.possessive);
  const container = owner ? phrases[phrases.indexOf(owner) + 1] : undefined;
  if (owner && container && CONTAINERS.test(container.head))
    return titleCase(`${owner.text} ${container.text}`);
  const plurals = entities.slice(0, 3).map((e) => namesOf(e.noun).plural);
  return plurals.length <= 2 ? plurals.join(' & ') : `${plurals.slice(0, -1).join(', ')} & ${plurals.at(-1)}`;
}

function toolUnderstanding(prompt: string): Understanding | null {
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
  const tool = toolUnderstanding(clean);
  const extraNotes = stackNote(stack);
  if (tool) {
    tool.spec.theme = { ...look.theme, mode: tool.spec.theme.mode === 'dark' ? 'dark' : look.theme.mode };
    return { ...tool, leftOut: needLines(needs), notes: [...tool.notes, ...extraNotes] };
  }
  // A game no blueprint plays would otherwise become a list named after it: say so instead.
  if (/\b(game|play(?:able)?|arcade)\b/i.test(clean)) throw gameNotBuilt(clean);
  const text = look.rest;
  const phrases = nounPhrases(text);
  const vocabulary = await unknownWords(text);
  const matches = retrieveDomains(
    text,
    phrases.map((p) => p.noun),
    vocabulary.unknown,
  );
  const mostlyGibberish =
    vocabulary.unknown.length * 2 > vocabulary.words.length || vocabulary.words.length === 0;
  if (matches.length === 0 && mostlyGibberish) throw notUnderstood(clean, []);
  const steps: string[] = [];
  if (look.read.length > 0) steps.push(`Read the look: ${look.read.join('; ')}.`);
  const features = listFeaturesOf(lower);
  const siteMatch = matches.find((m) => m.domain.kind === 'site');
  const dataMatches = matches.filter((m) => m.domain.kind !== 'site');
  const wantsSite = SITE_WORDS.test(clean) || (siteMatch !== undefined && matches[0] === siteMatch);
  let spec: AppSpec;
  if (wantsSite) {
    const words = siteWords(clean, phrases, siteMatch?.domain.name ?? 'our place');
    const site = composeSite(text, words, siteMatch?.domain ?? null);
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
    const listedAll = nouns.flatMap((n) => n.listed);
    let composition: DataComposition & { title: string };
    if (dataMatches.length > 0) {
      composition = {
        ...composeFromDomains(dataMatches, nouns, features, (n) => isFieldWord(n, listedAll)),
        title: 'My App',
      };
      steps.push(
        `Recognised ${dataMatches[0]!.domain.name.toLowerCase()} (${composition.domains.join(', ')}).`,
      );
    } else {
      const owners = new Set(phrases.filter((p, i) => p.possessive && i === 0).map((p) => p.noun));
      const entities = nouns.filter(
        (n) =>
          !isFieldWord(n, listedAll) &&
          n.kind !== 'attribute' &&
          n.kind !== 'quantity' &&
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
    if (composition.added.length > 0 && composition.domains.length > 0)
      steps.push(`Added collections of their own for: ${composition.added.join(', ')}.`);
    const primary = dataMatches[0]?.domain;
    spec = {
      version: SPEC_VERSION,
      kind: kindOf(dataMatches, lower),
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
  if (stack.length > 0) spec.stack = stack.map((s) => s.name);
  spec.description = describeComposed(spec);
  return { spec, steps, built: builtLines(spec), leftOut: needLines(needs), notes: extraNotes };
}
