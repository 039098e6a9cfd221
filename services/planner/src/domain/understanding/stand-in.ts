// The honest nearest app for a prompt whose data would come from the network ("the live forecast for
// London", "track my DHL parcel"): records of the same facts that a person types in by hand, named from
// the prompt's own thing, and titled with the names it gives ("London", "Premier League").
import nlp from 'compromise';
import type { FieldSpec } from '@isekai/contracts';
import type { Noun } from './compose-data.js';
import { nounKind } from './lexicon.js';
import { namesOf, titleCase } from './naming.js';
import { withoutNeedWords, type Need, type StandIn } from './needs.js';
import { terms } from './phrases.js';
import { namedCollections, type DomainMatch } from './retrieval.js';

export interface StandInRecords {
  /** The records, with the stand-in's fields and any the prompt listed. */
  noun: Noun;
  title: string;
}

/** Kinds of noun that never name a thing to keep records of ("the next 5 days", "price"). */
const NOT_THINGS = new Set(['attribute', 'quantity', 'time']);

/** "London", "Premier League", "DHL": the names the prompt gives, kept as they were typed. */
export function properNames(prompt: string): string[] {
  const names = nlp(prompt).match('(#ProperNoun|#Acronym)+').out('array') as string[];
  return names.map((n) => n.replace(/[^\p{L}\p{N}' -]/gu, '').trim()).filter(Boolean);
}

/** The prompt's thing without the names in it: "dhl parcel" -> "parcel". */
function withoutNames(noun: string, names: string[]): string {
  const named = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  return noun
    .split(' ')
    .filter((w) => !named.has(w))
    .join(' ');
}

/** "stock" in "a stock ticker", "football" in "live football scores": a noun, not "live" or "latest". */
function kindWord(prompt: string, standIn: StandIn): string | undefined {
  const found = standIn.kindOf?.exec(prompt);
  if (!found?.[1]) return undefined;
  const term = terms(prompt).find((t) => t.start === found.index);
  const noun = term?.tags.has('Noun') && !term.tags.has('Adjective') && !term.tags.has('Possessive');
  return noun ? found[1].toLowerCase() : undefined;
}

function merged(own: FieldSpec[], listed: FieldSpec[]): FieldSpec[] {
  const extra = listed.filter((f) => !own.some((g) => g.name === f.name));
  return [...structuredClone(own), ...extra];
}

/**
 * The records, the whole app, that stand in for the first need with a stand-in, or null when a domain
 * the prompt names is the nearer app ("a GPS run tracker" keeps runs). The prompt's own thing names them when the
 * stand-in is about it ("restaurants near me": restaurants with an address), otherwise the stand-in
 * does ("the live forecast": forecasts).
 */
export async function standInRecords(
  needs: Need[],
  nouns: Noun[],
  prompt: string,
  matches: DomainMatch[],
): Promise<StandInRecords | null> {
  const need = needs.find((n): n is Need & { standIn: StandIn } => n.standIn !== undefined);
  if (!need) return null;
  // Names outside the need's own words: "SMS" names no place.
  const names = properNames(withoutNeedWords(prompt, needs));
  // "every evening" is when, never what: a noun whose commonest sense is a time names no records,
  // though the nouns read it as a happening.
  const times = new Set<string>();
  for (const n of nouns) if ((await nounKind(n.noun.split(' ').at(-1) ?? '')) === 'time') times.add(n.noun);
  const subject = need.standIn.ofSubject
    ? nouns.find(
        (n) =>
          !n.inList && !NOT_THINGS.has(n.kind ?? '') && !times.has(n.noun) && withoutNames(n.noun, names),
      )
    : undefined;
  const kind = kindWord(prompt, need.standIn);
  const own = subject ? withoutNames(subject.noun, names) : undefined;
  // "remind her to take her tablets": reminders about the tablets, named by both.
  const noun = own
    ? need.standIn.about
      ? `${own} ${need.standIn.noun}`
      : own
    : [kind, need.standIn.noun].filter(Boolean).join(' ');
  // Many of what a domain is about ("restaurants near me", not running a restaurant) are the person's
  // own list; one ("my salon with SMS reminders") is the domain's app, and so is a thing it keeps.
  const top = matches[0]?.domain;
  if (top && subject && (!subject.plural || namedCollections(top, [own ?? noun]).length > 0)) return null;
  const records: Noun = {
    noun,
    kind: subject?.kind ?? 'artifact',
    start: subject?.start ?? 0,
    listed: merged(need.standIn.fields, subject?.listed ?? []),
    inList: false,
    plural: true,
  };
  // Beside a domain's records ("a garden planner with the forecast") the domain's app is the nearer one.
  if (top && !subject) return null;
  const title = titleCase([...names, namesOf(noun).plural].join(' '));
  return { noun: records, title };
}
