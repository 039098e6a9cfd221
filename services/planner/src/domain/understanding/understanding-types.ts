import type { AppSpec } from '@isekai/contracts';
import type { Entries } from './entries.js';
import type { Examples } from './examples.js';
import type { ListFeatures } from './generic-pages.js';
import type { AskedThing } from './kind-evidence.js';
import type { Look } from './look.js';
import type { ReadMeasure } from './measures.js';
import type { Need } from './needs.js';
import type { Phrase } from './phrases.js';
import type { DomainMatch } from './retrieval.js';

/** What the offline engine made of a prompt: the app, and what it says it did, built and left out. */
export interface Understanding {
  spec: AppSpec;
  steps: string[];
  built: string[];
  leftOut: string[];
  notes: string[];
}

/** What was read from a prompt before choosing between a site and records, shared by both builders. */
export interface Reading {
  /** The prompt as typed, trimmed. */
  clean: string;
  lower: string;
  look: Look;
  needs: Need[];
  /** What the thing asked for is, by its name or by what the person does with it. */
  asked: AskedThing | null;
  /** Examples the prompt gives of a thing ("care events like watering, repotting"): its options. */
  examples: Examples[];
  /** The figures asked for ("my daily goal is 2 litres"), read before the nouns. */
  measures: ReadMeasure[];
  /** The prompt less its look, need and measure words: what the app holds. */
  text: string;
  phrases: Phrase[];
  /** The domains retrieved, best first. */
  matches: DomainMatch[];
  entries: Entries | null;
  features: ListFeatures;
  steps: string[];
  notes: string[];
}
