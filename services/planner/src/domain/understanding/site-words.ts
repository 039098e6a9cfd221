import { chosenTitle } from '../offline/presets/preset-helpers.js';
import { CONTAINERS } from './kind-words.js';
import { titleCase } from './naming.js';
import type { Phrase } from './phrases.js';

/** "for Bean There, a coffee shop": the business's name and what it is. */
export function siteWords(
  prompt: string,
  phrases: Phrase[],
  fallback: string,
): { name: string; topic: string } {
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
