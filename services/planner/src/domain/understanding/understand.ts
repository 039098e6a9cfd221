// Prompt -> AppSpec v2. Reads the look and the stack words first (so they never become data), asks
// whether a tool or game blueprint is wanted, then retrieves the domains the prompt is about and
// composes the app from them and from the prompt's own nouns; a prompt with nothing to build is
// refused with suggestions rather than turned into an app named after its words.
import type { AppSpec } from '@isekai/contracts';
import { addAskedForm } from './asked-form.js';
import { buildMeasures } from './build-measures.js';
import { builtLines, describeComposed } from './describe-plan.js';
import { describedRecords } from './described-records.js';
import { readEntries } from './entries.js';
import { readExamples } from './examples.js';
import { choosesSite } from './kind-choice.js';
import { askedThing } from './kind-evidence.js';
import { listFeaturesOf } from './list-features.js';
import { listSpan } from './list-span.js';
import { readLook } from './look.js';
import { isDrawn, readMeasures } from './measures.js';
import { showNamedGoals } from './named-goal.js';
import { needLines, readNeeds, withoutNeedWords } from './needs.js';
import { nounPhrases } from './phrases.js';
import { withoutMarkdown } from './plain-text.js';
import { notUnderstood } from './refusal.js';
import { retrieveDomains } from './retrieval.js';
import { readStack, stackNote } from './stack.js';
import { refuseUnbuiltTool, toolUnderstanding } from './tool-understanding.js';
import { dataSpec } from './understand-data.js';
import { siteSpec } from './understand-site.js';
import type { Reading, Understanding } from './understanding-types.js';
import { isMostlyGibberish, unknownWords } from './vocabulary.js';

export type { Understanding } from './understanding-types.js';

export async function understandPrompt(prompt: string): Promise<Understanding> {
  const clean = withoutMarkdown(prompt.trim());
  const lower = clean.toLowerCase();
  const look = readLook(clean);
  const stack = readStack(clean);
  const needs = await readNeeds(clean);
  const notes = stackNote(stack);
  // What the thing asked for is ("a website for…", "a fuel cost calculator"), before any tool is looked up.
  const asked = askedThing(look.rest);
  const tool = await toolUnderstanding(clean, look, needs, notes, asked);
  if (tool) return tool;
  // "keep track of my kayaks": the phrase asks to keep records; "track" names no kind of record. Nor
  // does what the sandbox lacks: "by SMS", "a map of" are ways of doing things, never records.
  const kept = withoutNeedWords(
    look.rest.replace(/\bkeep(?:s|ing)? track of\b/gi, (m) => ' '.repeat(m.length)),
    needs,
  );
  // "the class average", "no-shows": figures to work out (built at the end), not fields or records.
  // "care events like watering, repotting…": examples of a thing are its options, not nouns of their own.
  const exemplified = readExamples(kept);
  const measured = readMeasures(exemplified.rest);
  const text = measured.rest;
  const phrases = nounPhrases(text);
  // What the app is about is said before its list of fields: "birdwatching log - species, ..., notes" is
  // not a notes app.
  const list = listSpan(look.rest);
  const head = list ? text.slice(0, list.start) : text;
  const matches = retrieveDomains(
    head,
    phrases.map((p) => p.noun),
    (await unknownWords(text)).unknown,
  );
  refuseUnbuiltTool(clean, head, phrases, matches, asked);
  // Judged on all the prompt's words, need words too: "live crypto prices for Bitcoin" is English.
  if (matches.length === 0 && (await isMostlyGibberish(look.rest))) throw notUnderstood(clean, []);
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
  const reading: Reading = {
    clean,
    lower,
    look,
    needs,
    asked,
    measures: measured.measures,
    examples: exemplified.examples,
    text,
    phrases,
    matches,
    entries,
    features,
    steps,
    notes,
  };
  const spec: AppSpec = choosesSite(clean, asked, matches, siteMatch, entries !== null)
    ? await siteSpec(reading, siteMatch)
    : await dataSpec(
        reading,
        matches.filter((m) => m.domain.kind !== 'site'),
      );
  if (spec.kind !== 'site') addAskedForm(spec, clean);
  const measures = spec.kind === 'site' ? { leftOut: [], notes: [] } : buildMeasures(spec, reading.measures);
  if (spec.kind !== 'site') steps.push(...showNamedGoals(spec, look.rest));
  if (stack.length > 0) spec.stack = stack.map((s) => s.name);
  spec.description = describeComposed(spec);
  return {
    spec,
    steps,
    built: builtLines(spec),
    leftOut: [...needLines(needs), ...measures.leftOut],
    notes: [...notes, ...measures.notes],
  };
}
