// Whether the prompt asks for a website or for records (a data app or dashboard).
import type { AskedThing } from './kind-evidence.js';
import { OPENS_WITH_APP, OPENS_WITH_PAGE, SITE_WORDS } from './kind-words.js';
import type { DomainMatch } from './retrieval.js';

/**
 * The thing asked for decides when a noun names it ("a site for runners", "a dashboard of my website's
 * visits"). Otherwise a word like "website" or "landing page", or an opening that names a page, asks for
 * a site; without them a site wins only clearly over the records it competes with.
 */
export function choosesSite(
  clean: string,
  asked: AskedThing | null,
  matches: DomainMatch[],
  siteMatch: DomainMatch | undefined,
  hasEntries: boolean,
): boolean {
  if (asked?.by === 'named' && asked.kind === 'site' && !hasEntries) return true;
  if (asked?.by === 'named' && (asked.kind === 'records' || asked.kind === 'dashboard')) return false;
  const bestData = matches.find((m) => m.domain.kind !== 'site');
  return (
    (SITE_WORDS.test(clean) && !hasEntries) ||
    (OPENS_WITH_PAGE.test(clean) && !OPENS_WITH_APP.test(clean.split(/\b(?:page|site)\b/i)[0] ?? '')) ||
    (siteMatch !== undefined &&
      matches[0] === siteMatch &&
      (!bestData || siteMatch.score > bestData.score * 2))
  );
}

/** A goal and how far along it is ("my goal of 2 litres", "today's total", "so far"): a figure to watch. */
const GOAL = /\b(?:goal|target|limit)\b/;
const PROGRESS =
  /\b(?:today['’]s|so far|to date|this (?:week|month)['’]s|(?:still )?to go|left to (?:go|reach))\b/;

/**
 * Records are shown as a dashboard when the prompt ("a KPI board"), or its domain, says so, or when it
 * asks to watch a figure against a goal: a goal with its number ("my daily goal is 2 litres") or one
 * beside how far along it is.
 */
export function dataKind(
  matches: DomainMatch[],
  lower: string,
  asked: AskedThing | null,
  hasGoal = false,
): string {
  if (
    hasGoal ||
    /\bdashboard\b/.test(lower) ||
    asked?.kind === 'dashboard' ||
    matches[0]?.domain.kind === 'dashboard'
  )
    return 'dashboard';
  return GOAL.test(lower) && PROGRESS.test(lower) ? 'dashboard' : 'data';
}
