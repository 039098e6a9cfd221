// The last step of a site's composition: every part and form the prompt names (site-named.ts), wherever
// it said them, is on the site under the person's own word. A part named is a section titled with it, and
// on a site of several pages a page the navigation links to by that word; a form asked for is a form whose
// heading or button says the word, storing what is sent, on the home page or a page named by the word.
// What the other readers placed is kept, renamed or moved; only what is missing is added.
import type { CollectionSpec, PageSpec, SectionSpec } from '@isekai/contracts';
import { capitalize } from './naming.js';
import { sharesStem } from './form-pages.js';
import { isSentNoun } from './sent-forms.js';
import { namedAsks, namedParts, type NamedAsk, type NamedPart } from './site-named.js';
import { pageFor, sectionTitle } from './site-place.js';
import { SECTION_RECIPES, type SiteWords } from './site-sections.js';
import { namedThings } from './site-things.js';
import { slugOf } from './slug.js';

type FormSection = SectionSpec & { type: 'form' };

export interface Coverage {
  /** Titles of the sections and forms added. */
  added: string[];
  /** Sections added with placeholder text only. */
  placeholders: string[];
}

/** A link or heading longer than this makes a poor navigation entry. */
const MAX_LINK_WORDS = 6;
/** Sections that show what a site offers, as opposed to records, figures and tools. */
const CONTENT_TYPES = new Set([
  'features',
  'pricing',
  'testimonials',
  'faq',
  'gallery',
  'team',
  'menu',
  'schedule',
  'text',
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The word in singular or plural, as a whole word ("tours" in "Tours", "sign up" in "Sign-up"). */
export function says(text: string, word: string): boolean {
  const w = word.toLowerCase();
  const forms = new Set([
    w,
    `${w}s`,
    `${w}es`,
    w.replace(/ies$/, 'y'),
    w.replace(/y$/, 'ies'),
    w.replace(/e?s$/, ''),
  ]);
  const alternatives = [...forms].filter(Boolean).map((f) => escape(f).replace(/\s+/g, '[\\s-]*'));
  return new RegExp(`(^|[^a-z])(${alternatives.join('|')})($|[^a-z])`, 'i').test(text);
}

/** The person named the page ("About" in "an about me page"): its title is in the prompt. */
const namedIn = (text: string, title: string) => text.toLowerCase().includes(title.toLowerCase());

function newPage(pages: PageSpec[], title: string, sections: SectionSpec[]): PageSpec {
  const base = slugOf(title);
  let id = base;
  for (let n = 2; pages.some((p) => p.id === id); n++) id = `${base}-${n}`;
  const page = { id, title, sections };
  pages.push(page);
  return page;
}

const holderOf = (pages: PageSpec[], section: SectionSpec) => pages.find((p) => p.sections.includes(section));

/** The section a recipe builds for a part, or text to fill in when no recipe shows that kind. */
function partSection(part: NamedPart, words: SiteWords, placeholders: string[]): SectionSpec {
  const title = capitalize(part.word);
  const recipe = SECTION_RECIPES.find((r) => r.type !== 'form' && r.type === part.type);
  if (recipe) return recipe.build(words, part.word).section;
  placeholders.push(title);
  return { type: 'text', title, body: `Tell visitors about ${part.word} at ${words.name} here.` };
}

/** A part named is a section titled with its word; on a site of several pages, a page of its own. */
function coverPart(
  part: NamedPart,
  pages: PageSpec[],
  words: SiteWords,
  site: { text: string; listed: boolean },
  cover: Coverage,
) {
  const home = pages[0]!;
  const title = capitalize(part.word);
  const several = pages.filter((p) => p.nav !== false).length > 1;
  const content = (p: PageSpec) => (several ? p.nav !== false : p === home);
  const shown = pages
    .filter(content)
    .flatMap((p) => p.sections)
    .find(
      (s) =>
        s.type === part.type ||
        (part.type === null && CONTENT_TYPES.has(s.type) && says(sectionTitle(s), part.word)),
    );
  // One page, or the pages the person listed: the part is a section, titled with the word.
  if (!several || site.listed) {
    if (shown && says(sectionTitle(shown), part.word)) return;
    if (several && pages.some((p) => p !== home && p.nav !== false && says(p.title, part.word))) return;
    if (shown && !several && 'title' in shown) shown.title = title;
    else {
      home.sections.push(partSection(part, words, cover.placeholders));
      cover.added.push(title);
    }
    return;
  }
  if (pages.some((p) => p !== home && p.nav !== false && says(p.title, part.word))) return;
  const holder = shown && holderOf(pages, shown);
  // A page the site's kind made that opens with the part ("About" holding the team) takes its name.
  if (holder && holder !== home && holder.sections[0] === shown && !namedIn(site.text, holder.title)) {
    holder.title = title;
    return;
  }
  if (holder) holder.sections = holder.sections.filter((s) => s !== shown);
  if (holder && holder !== home && holder.sections.length === 0) pages.splice(pages.indexOf(holder), 1);
  newPage(pages, title, [shown ?? partSection(part, words, cover.placeholders)]);
  if (!shown) cover.added.push(title);
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** The button says the person's word: "Apply", "Contact us", "Send enquiry", "Sign up for the trial". */
function submitFor(ask: NamedAsk): string {
  const word = ask.word;
  if (word === 'contact') return 'Contact us';
  if (/^sign-?up$/.test(word)) return 'Sign up';
  if (ask.verb) return capitalize(word);
  if (isSentNoun(word)) return `Send ${word}`;
  if (ask.recipe === 'Sign up') return `Sign up for the ${word}`;
  return `Request ${article(word)} ${word}`;
}

const formsOf = (pages: PageSpec[]) =>
  pages.flatMap((p) => p.sections).filter((s): s is FormSection => s.type === 'form');

const formSays = (form: FormSection, word: string) => says(`${form.title} ${form.submitLabel}`, word);

/**
 * A form asked for says the word. A form of a kind a site has one of (contact, booking, RSVP) takes it on
 * its button; any other ask (apply, a trial, the newsletter) is a form of its own, titled in the person's
 * words, storing into its recipe's collection.
 */
function coverAsk(
  ask: NamedAsk,
  pages: PageSpec[],
  collections: CollectionSpec[],
  words: SiteWords,
  cover: Coverage,
  relabelled: Set<FormSection>,
): FormSection | undefined {
  const found = formsOf(pages).find((f) => formSays(f, ask.word));
  if (found) return found;
  // "Register" for "registration", "Book a table" for "booking": the form named, its button in the word.
  const stemmed = formsOf(pages).find(
    (f) => sharesStem(`${f.title} ${f.submitLabel}`, ask.word) && !relabelled.has(f),
  );
  if (stemmed) {
    stemmed.submitLabel = submitFor(ask);
    relabelled.add(stemmed);
    return stemmed;
  }
  const recipe = SECTION_RECIPES.find((r) => r.type === 'form' && r.page === ask.recipe);
  const built = recipe?.build(words, ask.title);
  if (built?.section.type !== 'form' || !built.collection) return undefined;
  const stores = built.collection.name;
  const same = ask.oneForm
    ? formsOf(pages).find((f) => f.collection === stores && !relabelled.has(f))
    : undefined;
  if (same) {
    same.submitLabel = submitFor(ask);
    relabelled.add(same);
    return same;
  }
  if (!collections.some((c) => c.name === stores)) collections.push(built.collection);
  const short = ask.title.split(/\s+/).length <= MAX_LINK_WORDS;
  const form: FormSection = {
    ...built.section,
    title: short ? ask.title : capitalize(ask.word),
    submitLabel: submitFor(ask),
  };
  const home = pages[0]!;
  const several = pages.filter((p) => p.nav !== false).length > 1;
  const others = pages.filter((p) => p !== home && p.nav !== false);
  const target = several ? (pageFor(others, ask.title) ?? newPage(pages, form.title, [])) : home;
  target.sections.push(form);
  cover.added.push(form.title);
  return form;
}

/** The home page offers the form too, storing into the same collection, unless it has one that does. */
function offerOnHome(form: FormSection, home: PageSpec): void {
  if (!home.sections.some((s) => s.type === 'form' && s.collection === form.collection))
    home.sections.push({ ...form });
}

/**
 * On a site of several pages a visitor finds a form by its word in the navigation, or on the home page.
 * A form that stays on a page the person put it on ("Book" holding the booking form, "apply from the
 * membership page", an enquiry form on the Contact page) is offered on home too, for the words the
 * page's title does not say. Another form on another page moves to a page named by it; a page that
 * holds only forms and that the person did not name takes the form's name instead.
 */
function reach(form: FormSection, said: string[], pages: PageSpec[], text: string): void {
  const home = pages[0]!;
  const page = holderOf(pages, form);
  if (!page || page === home) return;
  const unsaid = said.filter((word) => !says(page.title, word));
  if (unsaid.length === 0) return;
  const alone = page.sections.every((s) => s.type === 'form');
  if (
    unsaid.length < said.length ||
    said.some((word) => sharesStem(page.title, word)) ||
    sharesStem(page.title, form.title) ||
    (alone && namedIn(text, page.title))
  ) {
    offerOnHome(form, home);
    return;
  }
  const word = said[0]!;
  const label =
    says(form.title, word) && form.title.split(/\s+/).length <= MAX_LINK_WORDS
      ? form.title
      : form.submitLabel;
  if (alone) {
    page.title = label;
    return;
  }
  page.sections = page.sections.filter((s) => s !== form);
  newPage(pages, label, [form]);
}

/** Keys of a section that are not text a visitor reads. */
const NOT_SHOWN = new Set(['id', 'type', 'collection', 'target', 'nav']);

/** Every text a visitor reads on the site's pages. */
function shownText(pages: PageSpec[]): string {
  const texts: string[] = [];
  JSON.stringify(pages, (key, value: unknown) => {
    if (NOT_SHOWN.has(key)) return undefined;
    if (typeof value === 'string') texts.push(value);
    return value;
  });
  return texts.join('\n');
}

/** A thing the business offers that no page mentions gets a section of its own to describe it. */
async function coverThings(text: string, pages: PageSpec[], words: SiteWords, cover: Coverage) {
  const home = pages[0]!;
  for (const thing of await namedThings(text)) {
    if (says(shownText(pages), thing.head)) continue;
    home.sections.push({
      type: 'text',
      title: thing.title,
      body: `Tell visitors about ${thing.title.toLowerCase()} at ${words.name} here.`,
    });
    cover.added.push(thing.title);
    cover.placeholders.push(thing.title);
  }
}

/**
 * Makes sure the site has every part and form the prompt names (in `prose`) and every thing it offers
 * (in `offers`, the text less what visitors send); returns what it added. A person who `listed` the
 * pages named them all: a part named elsewhere is a section of the home page, not one more page.
 */
export async function coverSite(
  prose: string,
  offers: string,
  pages: PageSpec[],
  collections: CollectionSpec[],
  words: SiteWords,
  listed: boolean,
): Promise<Coverage> {
  const text = prose;
  const cover: Coverage = { added: [], placeholders: [] };
  for (const part of namedParts(text)) coverPart(part, pages, words, { text, listed }, cover);
  const relabelled = new Set<FormSection>();
  const asked = namedAsks(text).map((ask) => ({
    ask,
    form: coverAsk(ask, pages, collections, words, cover, relabelled),
  }));
  if (pages.filter((p) => p.nav !== false).length > 1)
    for (const form of new Set(asked.map((a) => a.form)))
      if (form)
        reach(
          form,
          asked.filter((a) => a.form === form).flatMap((a) => [a.ask.word, ...a.ask.also]),
          pages,
          text,
        );
  await coverThings(offers, pages, words, cover);
  return cover;
}
