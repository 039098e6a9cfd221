// Where a visitor finds a form: the page made for it is named by what the form is for ("Mailing list",
// not the recipe's "Sign up"), and the home page's welcome button leads to it ("Apply for a plot"), so
// the site's one thing to send is a click away from the home page, whatever its page is called.
import type { PageSpec, SectionSpec } from '@isekai/contracts';
import { opensWithAsk, visitorAsks } from './site-asks.js';
import type { SitePart } from './site-parts.js';
import { keyWords } from './site-place.js';

type FormSection = SectionSpec & { type: 'form' };
type HeroAction = NonNullable<(SectionSpec & { type: 'hero' })['action']>;

/** Longer titles ("Contact us to request a free consultation") make a poor link or button. */
const MAX_LINK_WORDS = 6;

const firstForm = (page: PageSpec) => page.sections.find((s): s is FormSection => s.type === 'form');

/** "book" and "booking", "apply" and "application": words that share a stem of four letters. */
export function sharesStem(a: string, b: string): boolean {
  const theirs = keyWords(b).map((w) => w.slice(0, 4));
  return keyWords(a).some((w) => w.length >= 4 && theirs.includes(w.slice(0, 4)));
}

/** "Join the mailing list" -> "Mailing list": what the form is, without the act of sending it. */
function formName(title: string): string {
  const name = title.replace(/^(?:join|make|send|place|request|submit)\s+(?:us\s+)?(?:a|an|the|our)\s+/i, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The page's words are all in the form's title: "Contact" for "Contact us", "Book" for "Book a tour". */
function saysAll(page: string, form: string): boolean {
  const theirs = new Set(keyWords(form));
  return keyWords(page).every((w) => theirs.has(w));
}

/**
 * A page the person did not name, opened by a form, says what the form does when the form asks a visitor
 * to do something its title does not name ("Application" holding "Apply for membership"), or what it
 * holds when its own name is another thing ("Sign up" holding a "Rental request").
 */
export function nameFormPages(pages: PageSpec[]): void {
  for (const page of pages) {
    const form = page.sections[0]?.type === 'form' ? firstForm(page) : undefined;
    if (!form || saysAll(page.title, form.title)) continue;
    // "Book" for "Make a booking" says what to do already.
    if (opensWithAsk(page.title) && sharesStem(page.title, form.title)) continue;
    const short = form.title.split(/\s+/).length <= MAX_LINK_WORDS;
    if (short && opensWithAsk(form.title)) page.title = form.title;
    else if (short && !sharesStem(page.title, form.title)) page.title = formName(form.title);
  }
}

/**
 * A page titled with a form part's name whose purpose is what a visitor does ("an application form to
 * apply for membership"): the page may say the purpose. Pages the person or the site's kind named keep theirs.
 */
export const namedByAsk = (page: PageSpec, parts: SitePart[]) =>
  parts.some((p) => p.title === page.title && p.form?.purpose && opensWithAsk(p.form.purpose));

/** The welcome button for a site whose home page has no form: it opens the first page that has one. */
export function actionToForm(pages: PageSpec[]): HeroAction | null {
  const [home, ...others] = pages;
  if (!home || firstForm(home)) return null;
  const page = others.find((p) => p.nav !== false && firstForm(p));
  const form = page && firstForm(page);
  if (!page || !form) return null;
  const label = form.title.split(/\s+/).length <= MAX_LINK_WORDS ? form.title : page.title;
  return { label, target: page.id };
}

/**
 * "Schedule a repair" beside "Repair services and prices", "Application for membership" beside
 * "Membership fees": a form for a thing another part of the site is about joins that part's page.
 */
export function joinsPageAbout(part: SitePart, parts: SitePart[]): boolean {
  if (!part.form) return false;
  const own = new Set(keyWords(part.title));
  return parts.some((p) => p !== part && !p.form && keyWords(p.title).some((w) => own.has(w)));
}

/** The text with what visitors send blanked out: its words name a form's fields, not parts of the site. */
export function outsideAsks(text: string): string {
  let quiet = text;
  for (const {
    span: [start, end],
  } of visitorAsks(text))
    quiet = quiet.slice(0, start) + ' '.repeat(end - start) + quiet.slice(end);
  return quiet;
}
