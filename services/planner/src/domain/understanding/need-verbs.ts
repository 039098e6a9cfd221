// Needs said by a verb and whom it is done to: "calls patients the day before", "a button to call the
// lead". The verb alone says little ("a call log", "ring sizes", "call it Sprout"); a person after it
// (WordNet's kind of the noun, in any of its commoner senses: a sales "lead") makes it a phone call.
import { nounKinds, singular } from './lexicon.js';

/** "ring", "calls", "phoning": the forms that do it now (an app "called Sprout" is a name). */
const CALL_VERB =
  /\b(?:ring|rings|ringing|call|calls|calling|phone|phones|phoning)\s+(?:(?:the|a|an|my|our|their|his|her|your|each|every|all|any|all the)\s+)?([a-z]+)\b/gi;

/** Senses of a noun read for a person: "lead" is one in its eighth. */
const SENSES = 8;

/** The words that ask the app to phone a person, as written ("calls patients"), or none. */
export async function phonedPeople(prompt: string): Promise<string[]> {
  const said: string[] = [];
  for (const m of prompt.matchAll(CALL_VERB)) {
    const kinds = await nounKinds(singular(m[1]!.toLowerCase()), SENSES);
    if (kinds.includes('person')) said.push(m[0]);
  }
  return said;
}
