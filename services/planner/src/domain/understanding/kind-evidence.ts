// What kind of thing a prompt asks for, read from evidence rather than from any one trigger word: what
// the thing is (the head noun of the phrase that names it: "a website for…", "a dashboard of…", "a fuel
// cost calculator"), and, when no such noun names it, what the person does with it (track and keep ->
// records, visitors read and book -> site, work out -> calculator, play -> game, paste and convert -> tool).
import { listSpan } from './list-span.js';
import { nounPhrases, type Phrase } from './phrases.js';

export type AskedKind = 'site' | 'records' | 'dashboard' | 'calculator' | 'tool' | 'game';

export interface AskedThing {
  kind: AskedKind;
  /** The phrase that names the thing ("quick fuel cost calculator"), when a noun says what it is. */
  phrase?: Phrase;
  /** How it was read: "named" by a noun, or from what the person "does". */
  by: 'named' | 'does';
}

/** Head nouns that say what kind of app a phrase names. A phrase's last two words are tried first. */
const KIND_NOUNS: [AskedKind, RegExp][] = [
  // A bare "page" is where any app lives ("a page where I paste text"); a page *for* something is read
  // by the site choice's own opening rule.
  ['site', /^(?:website|site|web ?page|webpage|homepage|landing page|home page|portfolio|microsite)$/],
  ['dashboard', /^(?:dashboard|kpi board|stats board|metrics board|analytics board|overview|report)$/],
  [
    'records',
    /^(?:tracker|log|logbook|list|database|register|catalogue|catalog|inventory|crm|planner|manager|organizer|organiser|diary|journal|directory|archive|system|portal)$/,
  ],
  ['calculator', /^(?:calculator|estimator)$/],
  [
    'tool',
    /^(?:converter|generator|counter|checker|tester|encoder|decoder|formatter|timer|stopwatch|clock|picker|maker|editor|viewer|tool|test)$/,
  ],
  ['game', /^(?:game|puzzle|arcade)$/],
];

/**
 * A noun a tool is named by is singular ("a length checker"); the plural names a game ("checkers"). So is
 * a dashboard's: "a weekly report" shows figures, "bug reports" are records.
 */
const SINGULAR_ONLY = new Set<AskedKind>(['tool', 'calculator', 'dashboard']);

/** "I need a …", "we'd love a …", "build me a …": the thing asked for follows a verb of asking. */
const ASKING =
  /\b(?:need|needs|want|wants|would like|'d like|love|build|make|create|design|give|looking for)\b(?:\s+(?:me|us|a|an|the|my|our|some|new|proper|simple|quick|small|little|nice|basic|good|real)){0,4}\s*$/i;

/** The opening clause: up to the first sentence end or line break ("Text message length checker: I…" keeps its name). */
function openingEnd(text: string): number {
  const end = /[.!?;\n]/.exec(text);
  return end ? end.index : text.length;
}

/** "a page for my band", "event page: …": a page for something is a site; "a page where I paste text" is not. */
const PAGE_FOR = /^\s*(?:for|about|of|:|,|$)/i;

function kindOfPhrase(phrase: Phrase, after: string): AskedKind | null {
  if (phrase.head === 'page' && !phrase.plural && PAGE_FOR.test(after)) return 'site';
  const lastTwo = phrase.words.slice(-2).join(' ');
  for (const [kind, nouns] of KIND_NOUNS) {
    if (nouns.test(lastTwo) || nouns.test(phrase.head)) {
      if (SINGULAR_ONLY.has(kind) && phrase.plural) return null;
      return kind;
    }
  }
  return null;
}

/**
 * What the person does, by the verbs and words of the opening sentence; the clear leader, if any. Keeping
 * a score is what a game does ("first to 5 wins, keep the score"), so it counts for a game, never for
 * records; "keep track of" is one doing, not two, and "I keep getting it wrong" is none. Figures kept over time or for each of several things
 * ("today's total", "so far", "how old each one is") are records, as a calculator keeps none.
 */
const SCORE = String.raw`(?:the |a |my |our |your )?(?:high |best |top |running )?scores?\b`;
const DOES: [AskedKind, RegExp][] = [
  [
    'records',
    new RegExp(
      String.raw`\b(?:keep(?:s|ing)?(?!(?: track of)? ${SCORE}| [a-z]+ing\b)(?: track of)?|track(?:s|ing)?(?! of ${SCORE})|log|logs|logging|record|store|manage|organi[sz]e|catalogue|who(?:['’]s| is) doing|today['’]s|so far|to date|each one|each of them|over the last)\b`,
      'gi',
    ),
  ],
  [
    'site',
    /\b(?:visitors|our (?:guests|customers) (?:can|should)|people (?:can|should) (?:see|read|find|book))\b/gi,
  ],
  ['calculator', /\b(?:calculate|work out|works out|how (?:much|many|long))\b/gi],
  [
    'game',
    new RegExp(
      String.raw`\b(?:play(?! ?time)|plays|playing|win|wins|won|winner|beat|keep(?:s|ing)?(?: track of)? ${SCORE}|(?:high|best|top) scores?|(?:against|vs\.?|versus) (?:the )?(?:computer|cpu|ai|bot)|first to \d+)\b`,
      'gi',
    ),
  ],
  ['tool', /\b(?:paste|convert|converts|generate|generates|format|encode|decode|picks?|shuffle)\b/gi],
];

function doneKind(sentence: string): AskedKind | null {
  const counts = DOES.map(([kind, words]) => [kind, sentence.match(words)?.length ?? 0] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [first, second] = counts;
  return first && first[1] > 0 && first[1] > (second?.[1] ?? 0) ? first[0] : null;
}

/**
 * The thing the prompt asks for: the first kind-naming phrase after a verb of asking, else the first one
 * in the opening clause, else what the opening sentence's verbs say the person does; null when nothing says.
 */
export function askedThing(text: string, phrases: Phrase[] = nounPhrases(text)): AskedThing | null {
  // A list of fields ("…: site, username, hint") names what the records hold, never the thing itself.
  const list = listSpan(text);
  const named = phrases.flatMap((phrase) => {
    const inList = list !== null && phrase.start >= list.start && phrase.start < list.end;
    const kind = inList ? null : kindOfPhrase(phrase, text.slice(phrase.end));
    return kind ? [{ kind, phrase }] : [];
  });
  const asked = named.find(({ phrase }) =>
    ASKING.test(text.slice(Math.max(0, phrase.start - 60), phrase.start)),
  );
  // "My son plays chess. I'd like to keep a record of every game": the sentence that asks says what is
  // wanted; an opening that only sets the scene does not.
  const sentences = text.split(/(?<=[.!?\n])/);
  const asking = sentences.slice(1).find((sentence) => ASKING_SENTENCE.test(sentence));
  const askingStart = asking ? text.indexOf(asking) : -1;
  // ...when it names something that holds records ("keep a log of…"), not what they are about ("every game").
  const inAsking = asking
    ? named.find(
        ({ kind, phrase }) =>
          asksForHolder({ kind, by: 'named' }) &&
          phrase.start >= askingStart &&
          phrase.start < askingStart + asking.length,
      )
    : undefined;
  const opening = named.find(({ phrase }) => phrase.start < openingEnd(text));
  const found = asked ?? inAsking ?? opening;
  if (found) return { ...found, by: 'named' };
  const done = (asking ? doneKind(asking) : null) ?? doneKind(text.slice(0, openingEnd(text)));
  return done ? { kind: done, by: 'does' } : null;
}

/** A sentence that asks for something: "I'd like to…", "can you make…", "please…". */
const ASKING_SENTENCE =
  /\b(?:(?:i|we)(?:['’]d| would)? (?:like|love|want|need)|(?:can|could|would) you|please|i['’]m looking for)\b/i;

/** Records, a dashboard or a site: things that hold what the person keeps or shows, never a tool or game. */
export function asksForHolder(asked: AskedThing | null): boolean {
  return asked !== null && (asked.kind === 'records' || asked.kind === 'dashboard' || asked.kind === 'site');
}
