// The word patterns that say what kind of thing a prompt asks for: a container of records, a tool or
// game, a website. Matched against the prompt's own words before anything is composed.

/** Nouns that name the app or its container, not a kind of record. */
export const CONTAINERS =
  /^(app|application|tool|system|site|website|page|web page|webpage|landing page|homepage|platform|software|program|manager|management|tracker|tracking|log|logbook|list|database|dashboard|admin|admin dashboard|portal|hub|organizer|organiser|catalog|catalogue|register|directory|planner|keeper|thing|way|place|version|overview|one|something|anything|everything|section|form|view|screen|feature|option|button)$/;

/** Older blueprints that a catalogue entry found by name does better. */
export const WEAKER_BLUEPRINTS = new Set(['calculator', 'tic-tac-toe', 'unit-converter', 'tip-calculator']);

/** Words that ask for something that does a job, not records to keep. */
export const TOOL_WORDS =
  /\b(converter|convert|generator|calculator|calculate|tool|tester|checker|encoder|decoder|counter|timer|stopwatch|clock|game|play(?:able)?(?!\s+(?:in|at|on|for|with)\b)|arcade|puzzle)\b/i;

export const SITE_WORDS =
  /\b(website|web ?site|landing page|home ?page|web page|one[- ]pager|portfolio|site for|site about|microsite)\b/i;

/** "a page for my band", "event page for a 10k run", "tattoo studio site: …": the prompt opens by naming a page. */
export const OPENS_WITH_PAGE = /^[^,.:;]{0,50}?\b(?:page|site)\b(?=\s*(?:for|with|about|:|,|$))/i;
export const OPENS_WITH_APP = /^[^,.:;]{0,50}?\b(?:app|application|tracker|dashboard|tool|system|log)\b/i;

/** Blueprints of records and pages; a prompt the older parser reads as one of them is not a tool. */
export const DATA_BLUEPRINTS = new Set(['data-app', 'landing-page']);

const DATA_CONTAINER_WORDS =
  'list|log|logbook|catalog|catalogue|database|register|inventory|collection|archive';

/** "a password hints list", "a quiz log": a container of records named in the head is a data app, not a tool. */
export const DATA_CONTAINER = new RegExp(`\\b(?:${DATA_CONTAINER_WORDS})\\b`, 'i');

/** "a log of health checks", "the programme of pieces", "the line-up of singers": what holds the records. */
export const ENDS_IN_RECORD_HOLDER = new RegExp(
  `(?:^|\\s)(?:${DATA_CONTAINER_WORDS}|record|history|programme|program|schedule|roster|rota|line-?up|running order)$`,
);
