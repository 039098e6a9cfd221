// Pages a site prompt names in its prose rather than in a "Pages:" list, read over compromise's noun
// phrases: a phrase headed by page, section or tab is a page, named by its own modifiers ("a safety
// page", "a Docs tab") or, when it has none, by the noun phrase it is about ("a page about our guided
// trips", "a page introducing the team", "a dedicated section for new patients").
import { capitalize } from './naming.js';
import { nounPhrases, type Phrase } from './phrases.js';
import { splitItems } from './site-lists.js';
import type { SitePart } from './site-parts.js';

const PAGE_WORDS = new Set(['page', 'section', 'tab']);
/** Modifiers that say what kind of page it is, never what it is about ("a landing page", "its own page"). */
const NOT_NAMES =
  /^(?:landing|web|home|single|one|simple|main|static|splash|front|separate|own|dedicated|different|same|whole|other|new|extra|special|small|short|little|big|first|last|next|facebook|instagram|twitter|linkedin|tiktok|youtube|social|github)$/i;
/** Words between a page and what it is about. */
const ABOUT =
  /^\s*(?:about|for|on|introducing|describing|explaining|listing|showing|presenting|featuring|covering|with|of|where we (?:show|list|explain)|that (?:shows|lists|explains|introduces|describes))\s+(?:(?:a|an|the|our|my|all|some|each|every)\s+)*/i;

/** "page introducing the team" -> "the team"; "safety page explaining life jackets" -> "safety". */
export function pageSubject(words: string): string | null {
  const about = /^(?:page|section|tab)\s+/i.test(words) ? ABOUT.exec(words.replace(/^\S+/, '')) : null;
  if (about) return words.replace(/^\S+/, '').slice(about[0].length);
  const named =
    /^(.+?)\s+(?:page|section|tab)\s+(?:about|for|on|introducing|describing|explaining|listing|showing|with)\b/i.exec(
      words,
    );
  return named ? named[1]! : null;
}

/** The person's words for the page, without the bracket that details it: "guided trips". */
function wordsOf(text: string, phrase: Phrase, upTo = phrase.words.length): string {
  const typed = text.slice(phrase.start, phrase.end).replace(/\s*\(.*$/s, '');
  return typed.split(/\s+/).slice(0, upTo).join(' ');
}

/** The bracketed list right after a place in the text: "(half day, full day, sunset paddle)". */
function bracketAfter(text: string, at: number): string[] {
  const bracket = /^[^()]{0,40}?\(([^()]+)\)/.exec(text.slice(at));
  // "courses for adults, membership (junior, …)": past a comma the bracket details the next item.
  return bracket && !/[.;,\n]/.test(bracket[0].slice(0, bracket[0].indexOf('(')))
    ? splitItems(bracket[1]!)
    : [];
}

/** The first words that name a site or a page name the site itself ("a page for my band"). */
const opensPrompt = (text: string, phrase: Phrase) =>
  !/\b(?:web ?site|site|home ?page|pages?|one-pager)\b/i.test(text.slice(0, phrase.start));

export function prosePages(text: string): SitePart[] {
  const phrases = nounPhrases(text);
  const parts: SitePart[] = [];
  phrases.forEach((phrase, i) => {
    // "a page for my band", "event page for a fun run": the opening words name the site itself.
    if (!PAGE_WORDS.has(phrase.head) || opensPrompt(text, phrase)) return;
    const modifiers = phrase.words.slice(0, -1);
    if (modifiers.length > 0 && modifiers.every((w) => !NOT_NAMES.test(w))) {
      parts.push({
        title: capitalize(wordsOf(text, phrase, modifiers.length)),
        details: bracketAfter(text, phrase.end),
        at: phrase.start,
        page: phrase.head !== 'section',
      });
      return;
    }
    const subject = phrases[i + 1];
    const between = text.slice(phrase.end, subject?.start);
    const about = ABOUT.exec(between);
    // "for new patients": words the tagger left out of the phrase ("new") still belong to its name.
    if (!subject || PAGE_WORDS.has(subject.head) || !about || /[,.;:()]/.test(between)) return;
    const lead = between.slice(about[0].length).trim();
    // "a page about safeguarding and our policy": a subject the tagger read as a verb ends at "and".
    const own = /^([a-z]+(?:\s+[a-z]+)?)\s+(?:and|or|&)\b/i.exec(lead);
    if (own) {
      parts.push({ title: capitalize(own[1]!), details: [], at: phrase.start, page: true });
      return;
    }
    if (lead.split(/\s+/).length > 2) return;
    parts.push({
      title: capitalize(`${lead} ${wordsOf(text, subject)}`.trim()),
      details: bracketAfter(text, subject.start),
      at: phrase.start,
      page: true,
    });
  });
  return parts;
}
