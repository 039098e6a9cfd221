// Where each part a site prompt names goes, titled with the person's words: a page it names is the
// domain's page renamed ("The day" becomes "Schedule") or a new one; a thing it lists fills the section
// that already shows it, or gets a section of its own on the page it belongs to.
import type { CollectionSpec, PageSpec, SectionSpec } from '@isekai/contracts';
import { nounKind, singular } from './lexicon.js';
import { SECTION_RECIPES, type SiteWords } from './site-sections.js';
import { allPriced, cardsOf, filledSection, withListedFields } from './site-fill.js';
import { isQuestion, type SitePart } from './site-parts.js';
import { opensWithAsk } from './site-asks.js';
import { capitalize } from './naming.js';
import { slugOf } from './slug.js';

const SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'us',
  'our',
  'and',
  'to',
  'for',
  'with',
  'my',
  'your',
  'page',
  // "Free trial" and "Book a free consultation" share a word that says how much, not what.
  'free',
  'online',
]);

/** The words that carry a title's meaning, singular: "Join Us" -> join; "Rooms and prices" -> room, price. */
export function keyWords(title: string): string[] {
  return (title.toLowerCase().match(/[a-z]+/g) ?? [])
    .filter((w) => !SMALL.has(w) && w.length > 2)
    .map(singular);
}

const shares = (a: string, b: string) => {
  const theirs = new Set(keyWords(b));
  return keyWords(a).some((w) => theirs.has(w));
};

export function sectionTitle(section: SectionSpec): string {
  if (section.type === 'hero') return section.heading;
  return 'title' in section && typeof section.title === 'string' ? section.title : '';
}

/** The page a title names: by its own title, or by the title of a section it holds. */
export function pageFor(pages: PageSpec[], title: string): PageSpec | undefined {
  return (
    pages.find((p) => shares(p.title, title)) ??
    pages.find((p) => p.id !== pages[0]?.id && p.sections.some((s) => shares(sectionTitle(s), title)))
  );
}

/**
 * The pages the prompt names, in its words: a domain page that shows the same thing is renamed (and
 * keeps its place), any other becomes an empty page to be filled. Returns the named pages.
 */
export function namePages(pages: PageSpec[], parts: SitePart[], words: SiteWords): PageSpec[] {
  const named: PageSpec[] = [];
  for (const part of parts) {
    if (!part.page) continue;
    if (/^home$/i.test(part.title)) continue;
    // "What we do" is a page of services: a described part takes the name its section has.
    part.title = part.title.replace(/\s+form$/i, '');
    if (isQuestion(part.title)) {
      const recipe = SECTION_RECIPES.find((r) => r.type !== 'form' && r.asked.test(part.title));
      const section = recipe?.build(words, part.title).section;
      if (section && 'title' in section && section.title) part.title = section.title;
    }
    const existing = pageFor(
      pages.filter((p) => !named.includes(p)),
      part.title,
    );
    if (existing && existing !== pages[0]) {
      existing.title = part.title;
      named.push(existing);
    } else if (!existing) {
      const page: PageSpec = { id: slugOf(part.title), title: part.title, sections: [] };
      pages.push(page);
      named.push(page);
    }
  }
  return named;
}

const HERO_PART = /^(?:hero|headline|banner|call to action|cta)\b/i;

const formRecipe = (title: string) => SECTION_RECIPES.find((r) => r.type === 'form' && r.asked.test(title));

/** A part that asks for a form: "a booking request form", "mailing list sign-up", "RSVP". */
const isFormPart = (part: SitePart) => part.form !== undefined || formRecipe(part.title) !== undefined;

/**
 * The section of the site that shows the part: one whose title shares its words, or the section its
 * recipe makes. A form answers only a part that asks for a form, and only a form does.
 */
function sectionFor(
  pages: PageSpec[],
  part: SitePart,
  words: SiteWords,
  preferred?: PageSpec,
): SectionSpec | undefined {
  const all = [...(preferred ? [preferred] : []), ...pages].flatMap((p) => p.sections);
  if (isFormPart(part)) {
    const recipe = formRecipe(part.title);
    const stores = recipe?.build(words).collection?.name;
    return (
      all.find((s) => s.type === 'form' && shares(s.title, part.title)) ??
      all.find((s) => s.type === 'form' && (recipe?.asked.test(s.title) || s.collection === stores)) ??
      // "a form to join" is the site's one form; "apply to audition" beside a contact form is a form of its own.
      (recipe || !part.form || opensWithAsk(part.title) ? undefined : all.find((s) => s.type === 'form'))
    );
  }
  const recipe = SECTION_RECIPES.find((r) => r.type !== 'form' && r.asked.test(part.title));
  return (
    all.find((s) => s.type !== 'hero' && s.type !== 'form' && shares(sectionTitle(s), part.title)) ??
    (recipe ? all.find((s) => s.type === recipe.type) : undefined)
  );
}

/** "a contact form to request a free consultation": the contact form says what it is for. */
function formTitle(part: SitePart, existing: SectionSpec & { type: 'form' }): string {
  const purpose = part.form?.purpose;
  const contact = SECTION_RECIPES.find((r) => r.page === 'Contact');
  if (purpose && contact?.asked.test(`${existing.title} ${part.title}`) && purpose !== part.title)
    return `Contact us to ${purpose}`;
  if (purpose && opensWithAsk(purpose)) return capitalize(purpose);
  const title = part.title.replace(/\s+form$/i, '');
  return /^(?:contact|form)$/i.test(title) ? existing.title : title;
}

/**
 * A page the person named keeps its name ("- Contact: … a form to get in touch" stays Contact); one made
 * for a form, or by the site's kind, is named by the form it opens with, so its link says what it holds.
 */
const namedPage = (parts: SitePart[], page: PageSpec) =>
  parts.some((p) => p.page && !p.form && p.title === page.title);

function moveTo(pages: PageSpec[], section: SectionSpec, target: PageSpec): void {
  for (const page of pages) page.sections = page.sections.filter((s) => s !== section);
  target.sections.unshift(section);
}

function replace(pages: PageSpec[], old: SectionSpec, next: SectionSpec): void {
  for (const page of pages) {
    const i = page.sections.indexOf(old);
    if (i >= 0) page.sections[i] = next;
  }
}

/**
 * Every part the prompt named goes on the site, titled and filled with the person's words. Returns the
 * titles of sections that only have placeholder text, for the plan to say so.
 */
/**
 * A form the person asked for that no recipe made ("a form to join"): the recipe its words name, or a
 * sign-up, titled with their words, storing what visitors send.
 */
function addForm(part: SitePart, target: PageSpec, collections: CollectionSpec[], words: SiteWords): void {
  const recipe =
    formRecipe(`${part.title} ${part.form?.purpose ?? ''}`) ??
    SECTION_RECIPES.find((r) => r.page === 'Sign up');
  const built = recipe?.build(words, part.title);
  if (built?.section.type !== 'form' || !built.collection) return;
  if (!collections.some((c) => c.name === built.collection!.name))
    collections.push(withListedFields(built.collection, part.details));
  const purpose = part.form?.purpose;
  target.sections.push({
    ...built.section,
    title: purpose && opensWithAsk(purpose) ? capitalize(purpose) : part.title,
  });
}

/** "Speakers", "the hosts", "our artists": people WordNet knows by the part's last word get a team section. */
async function peopleOf(part: SitePart): Promise<SectionSpec | null> {
  const head = part.title
    .toLowerCase()
    .match(/[a-z]+/g)
    ?.at(-1);
  if (!head || head === singular(head) || (await nounKind(singular(head))) !== 'person') return null;
  const role = singular(head).charAt(0).toUpperCase() + singular(head).slice(1);
  return { type: 'team', title: part.title, items: [1, 2, 3].map(() => ({ name: 'To be announced', role })) };
}

export async function placeParts(
  pages: PageSpec[],
  collections: CollectionSpec[],
  parts: SitePart[],
  words: SiteWords,
  multiPage: boolean,
): Promise<string[]> {
  const placeholders: string[] = [];
  const home = pages[0]!;
  for (const part of parts) {
    if (/^home$/i.test(part.title)) continue;
    const page = part.page ? pages.find((p) => p.title === part.title) : undefined;
    // "a headline and a call to action": what the welcome banner at the top already is.
    if (HERO_PART.test(part.title)) {
      const hero = home.sections.find((s) => s.type === 'hero');
      if (hero?.type === 'hero' && part.details.length)
        hero.text = part.details.join(', ').replace(/["“”]/g, '');
      continue;
    }
    const existing = sectionFor(pages, part, words, page);
    if (existing?.type === 'form') {
      // The form's fields are the ones the person listed; its title their words for it.
      const stored = collections.find((c) => c.name === existing.collection);
      if (stored && part.details.length)
        collections[collections.indexOf(stored)] = withListedFields(stored, part.details);
      // "a booking request form" names the page that opens with it ("Book" becomes "Booking request").
      const opened = pages.find((p) => p !== home && p.sections[0] === existing);
      // "Pages: …, Book a tour" and "people book a tour with …": the form goes to the page named for it.
      if (page && part.form && !page.sections.includes(existing)) moveTo(pages, existing, page);
      const title = !part.page || part.form?.purpose ? formTitle(part, existing) : existing.title;
      replace(pages, existing, { ...existing, title });
      if (opened && !namedPage(parts, opened) && !shares(opened.title, title))
        // An ask ("request an appointment") names its page; a form of a kind ("a contact form to …") keeps the kind.
        opened.title = part.form?.purpose === part.title ? title : part.title.replace(/\s+form$/i, '');
      continue;
    }
    if (!existing && isFormPart(part)) {
      addForm(part, page ?? (multiPage ? (pageFor(pages, part.title) ?? home) : home), collections, words);
      continue;
    }
    if (existing) {
      // A named page's own section keeps its title; a listed part renames the section that shows it,
      // unless it only describes it ("what we do" for the services).
      const keep =
        (page && page.sections.includes(existing)) || (isQuestion(part.title) && part.details.length === 0);
      const title = keep ? sectionTitle(existing) || part.title : part.title;
      // "the schedule of the day" names the page that opens with it ("The day" becomes "Schedule").
      const opened = pages.find((p) => p !== home && p.sections[0] === existing);
      if (existing.type !== 'hero') replace(pages, existing, filledSection(existing, title, part.details));
      if (!keep && opened && !part.page && !shares(opened.title, part.title)) opened.title = part.title;
      continue;
    }
    if (page && page.sections.length > 0) continue;
    const target = page ?? (multiPage ? (pageFor(pages, part.title) ?? home) : home);
    const recipe = SECTION_RECIPES.find((r) => r.asked.test(part.title) && r.type !== 'form');
    const pricing = SECTION_RECIPES.find((r) => r.type === 'pricing');
    const priced = !recipe && pricing && allPriced(part.details);
    const section = recipe
      ? filledSection(recipe.build(words, part.title).section, part.title, part.details)
      : priced
        ? filledSection(pricing.build(words).section, part.title, part.details)
        : part.details.length
          ? cardsOf(part.title, part.details)
          : await peopleOf(part);
    if (section) {
      target.sections.push(section);
      continue;
    }
    target.sections.push({
      type: 'text',
      title: part.title,
      body: `Tell visitors about ${part.title.toLowerCase()} at ${words.name} here.`,
    });
    placeholders.push(part.title);
  }
  // A page the person named that nothing filled still says what it is for.
  for (const page of pages)
    if (page.sections.length === 0) {
      const part = parts.find((p) => p.page && p.title === page.title);
      page.sections.push(
        part?.details.length
          ? cardsOf(page.title, part.details)
          : {
              type: 'text',
              title: page.title,
              body: `Tell visitors about ${page.title.toLowerCase()} at ${words.name} here.`,
            },
      );
      if (!part?.details.length) placeholders.push(page.title);
    }
  return placeholders;
}
