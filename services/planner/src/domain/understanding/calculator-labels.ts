// A calculator's inputs in the person's own words: "my target grade" labels the entry's "Grade wanted"
// input "Target grade", "house price" its "Home price". Each input is matched to a phrase of the prompt
// whose last word is a word of its label; the phrase is that word with the nouns and adjectives said
// right before it. Only what follows the calculator's own name counts ("final exam grade calculator" is
// the name, not an input).
import type { CalculatorDecl } from '../knowledge/tools/calculator.types.js';
import { capitalize } from '../offline/words.js';
import { singular } from './lexicon.js';
import { terms, type Term } from './phrases.js';

const MAX_MODIFIERS = 2;
/** The catalogue's word for "the thing the person names" in a label: "Old value", "New value". */
const PLACEHOLDER = 'value';

/** A word that can name part of an input ("target", "current", "house"), not "my", "the" or "of". */
function modifies(term: Term): boolean {
  return (
    (term.tags.has('Adjective') || term.tags.has('Noun')) &&
    !term.tags.has('Pronoun') &&
    !term.tags.has('Possessive') &&
    !term.tags.has('Determiner') &&
    !term.tags.has('Preposition') &&
    !term.tags.has('Conjunction') &&
    /^[a-z-]+$/.test(term.normal)
  );
}

interface Said {
  /** The phrase as typed: "target grade", "amount borrowed". */
  text: string;
  /** Its head can name a thing: not "of", "my" or an adjective like "old". */
  noun: boolean;
  /** Its words, singular: ["target", "grade"]. */
  words: string[];
  /** The word the phrase names a thing by: its last, or the noun before a participle ("amount"). */
  head: string;
  /** What a question asks for ("how many tiles", "how much paint"): the answer, never an input. */
  asked: boolean;
}

const QUANTIFIERS = new Set(['many', 'much']);

/** A past participle right after a noun names which of it: "the amount borrowed", "litres used". */
function participleAfter(list: Term[], i: number): Term | undefined {
  const next = list[i + 1];
  const prior = list[i]!;
  if (!next || /[,:;?!()–—-]/.test(prior.post) || !next.tags.has('PastTense')) return undefined;
  // "the litres used and ...", "amount borrowed, ...": the participle ends its phrase.
  const after = list[i + 2];
  return !after || /[,:;?!.()–—-]/.test(next.post) || !after.tags.has('Noun') ? next : undefined;
}

/** Each word of the text with the modifiers said right before it, as one phrase. */
function phrasesEndingAtEachWord(list: Term[]): Said[] {
  return list.map((term, i) => {
    const run = [term];
    let j = i - 1;
    for (; j >= 0 && run.length <= MAX_MODIFIERS; j--) {
      const before = list[j]!;
      if (/[,:;?!()–—-]/.test(before.post) || !modifies(before)) break;
      run.unshift(before);
    }
    const asked = QUANTIFIERS.has(run[0]!.normal) && list[j]?.normal === 'how';
    const participle = term.tags.has('Noun') ? participleAfter(list, i) : undefined;
    const said = participle ? [...run, participle] : run;
    return {
      text: said.map((t) => t.text.toLowerCase()).join(' '),
      // The tagger reads some nouns as verbs ("my target grade"), never as adjectives or small words.
      noun:
        (term.tags.has('Noun') || !term.tags.has('Adjective')) &&
        !['Pronoun', 'Preposition', 'Determiner', 'Conjunction'].some((tag) => term.tags.has(tag)),
      words: said.map((t) => singular(t.normal)),
      head: singular(term.normal),
      asked,
    };
  });
}

const wordsOf = (label: string) => (label.toLowerCase().match(/[a-z]+/g) ?? []).map(singular);

/** Where the words about the inputs begin: after "...calculator:" or the calculator's name. */
const NAME_END = /:|\b(?:calculator|converter|estimator|checker|counter|planner)\b/i;

/** The calculator with its inputs relabelled where the prompt names them in other words. */
export function inPersonsWords(calc: CalculatorDecl, prompt: string): CalculatorDecl {
  const end = NAME_END.exec(prompt);
  const after = end ? end.index + end[0].length : 0;
  const said = phrasesEndingAtEachWord(terms(prompt).filter((t) => t.start >= after)).filter(
    (s) => s.noun && !s.asked,
  );
  // A choice ("The price: includes VAT") is no number the person names: its label stays.
  const labelWords = calc.inputs.map((input) => (input.kind === 'select' ? [] : wordsOf(input.label)));
  const pairs: { input: number; said: Said; overlap: number; extra: number }[] = [];
  labelWords.forEach((label, i) => {
    for (const s of said) {
      // A label's "value" stands for the person's noun: "an old price" is the "Old value".
      const modifiers = s.words.filter((w) => w !== s.head);
      const head = label.at(-1) === PLACEHOLDER ? modifiers.some((w) => label.includes(w)) : false;
      if (!head && !label.includes(s.head)) continue;
      const overlap = s.words.filter((w) => label.includes(w)).length;
      pairs.push({ input: i, said: s, overlap, extra: s.words.length - overlap });
    }
  });
  // The closest pairs first ("down payment" before "monthly payment"), each input and phrase used once.
  pairs.sort((a, b) => b.overlap - a.overlap || a.extra - b.extra);
  const labels = calc.inputs.map((i) => i.label);
  const usedInputs = new Set<number>();
  const usedPhrases = new Set<Said>();
  for (const { input, said: s, extra } of pairs) {
    if (usedInputs.has(input) || usedPhrases.has(s)) continue;
    // "letter grades" with five "Course N grade" inputs left says which of them it is not.
    const open = labelWords.filter((l, i) => !usedInputs.has(i) && l.includes(s.head)).length;
    if (extra > 0 && open > 1) continue;
    usedInputs.add(input);
    usedPhrases.add(s);
    if (extra > 0) labels[input] = capitalize(s.text);
  }
  return { ...calc, inputs: calc.inputs.map((input, i) => ({ ...input, label: labels[i]! })) };
}
