// A site: the site domain's pages with its placeholder copy named after the business, plus every
// section and page the prompt asks for by name; forms store what visitors send.
import type { CollectionSpec, PageSpec, SectionSpec } from '@isekai/contracts';
import type { DomainEntry } from '../knowledge/domain.types.js';
import { SECTION_RECIPES, type SectionRecipe, type SiteWords } from './site-sections.js';
import { quotedQuestions, readSiteParts } from './site-parts.js';
import { namePages, placeParts } from './site-place.js';
import { actionToForm, joinsPageAbout, nameFormPages, namedByAsk, outsideAsks } from './form-pages.js';
import { singular } from './lexicon.js';
import { slugOf } from './slug.js';
import { coverSite } from './site-coverage.js';

export interface SiteComposition {
  collections: CollectionSpec[];
  pages: PageSpec[];
  domains: string[];
  /** Sections added because the prompt asked for them. */
  added: string[];
  /** Sections the prompt named but said nothing about: their text is a placeholder. */
  placeholders: string[];
}

/** Replaces {name} and {topic} in every string of a value. */
function fill<T>(value: T, words: SiteWords): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'string' ? v.replaceAll('{name}', words.name).replaceAll('{topic}', words.topic) : v,
    ),
  ) as T;
}

/** The site has the section already: one of its type, or for a form one the recipe's words name. */
function hasSection(
  pages: PageSpec[],
  section: SectionSpec,
  recipe: SectionRecipe,
  collections: CollectionSpec[],
): boolean {
  return pages.some((p) =>
    p.sections.some((s) => {
      if (s.type !== section.type) return false;
      if (s.type !== 'form' || section.type !== 'form') return true;
      const stored = collections.find((c) => c.name === s.collection);
      return (
        s.collection === section.collection ||
        recipe.asked.test(`${s.title} ${stored?.label ?? ''} ${stored?.plural ?? ''}`)
      );
    }),
  );
}

function pageNamed(pages: PageSpec[], title: string): PageSpec | undefined {
  const wanted = title.toLowerCase();
  return pages.find((p) => p.title.toLowerCase() === wanted || p.id === slugOf(title));
}

/**
 * The named page that asks for a recipe's section; of several ("Join Us", "Newsletter" for a sign-up
 * form), the one named in the sentence that asks for it ("sign up to our newsletter").
 */
function askingPage(named: PageSpec[], recipe: SectionRecipe, text: string): PageSpec | undefined {
  const asking = named.filter((p) => recipe.asked.test(p.title));
  const at = recipe.asked.exec(text)?.index ?? 0;
  const end = text.indexOf('.', at);
  const sentence = text.slice(text.lastIndexOf('.', at) + 1, end < 0 ? undefined : end).toLowerCase();
  return asking.find((p) => sentence.includes(p.title.toLowerCase())) ?? asking[0];
}

/** "a FAQ answering "When is the deadline?"": the questions the person wrote are the FAQ's. */
function askQuestions(pages: PageSpec[], questions: string[]): boolean {
  const faqs = pages.flatMap((p) => p.sections).filter((s) => s.type === 'faq');
  if (questions.length === 0 || faqs.length === 0) return false;
  for (const faq of faqs)
    faq.items = questions.map((question) => ({ question, answer: 'Ask us: the answer will be here soon.' }));
  return true;
}

/**
 * The welcome banner's button opens the site's form when the home page has none ("Apply for a plot");
 * otherwise its "Find out more" leads to the features section, whatever the prompt titled it, or
 * to the next page when the home page has none: the button stays, so the site shows its button colour.
 */
function pointHero(pages: PageSpec[]): void {
  const home = pages[0]!;
  const hero = home.sections.find((s) => s.type === 'hero');
  const features = home.sections.find((s) => s.type === 'features');
  if (hero?.type !== 'hero' || hero.action?.target !== FEATURES_TARGET) return;
  const toForm = actionToForm(pages);
  if (toForm) hero.action = toForm;
  else if (features?.type === 'features') hero.action.target = `#${slugOf(features.title)}`;
  else if (pages[1]) hero.action.target = pages[1].id;
  else delete hero.action;
}

const FEATURES_TARGET = '#what-you-get';

function heroFor(words: SiteWords): SectionSpec {
  return {
    type: 'hero',
    heading: words.name,
    text: `Welcome to ${words.name}: ${words.topic}.`,
    action: { label: 'Find out more', target: FEATURES_TARGET },
  };
}

/**
 * The prompt's word for a recipe's section: of several ("a portfolio with galleries"), the one its usual
 * heading says, so the section keeps the word most people look for; a form takes the first.
 */
function askedWord(recipe: SectionRecipe, prose: string, words: SiteWords): string | undefined {
  const said = [...prose.matchAll(new RegExp(recipe.asked.source, 'gi'))].map((m) => m[0]);
  const usual = recipe.build(words).section;
  const heading = recipe.type !== 'form' && 'title' in usual ? (usual.title ?? '').toLowerCase() : '';
  return (heading && said.find((w) => heading.includes(singular(w)))) || said[0];
}

/** "a one-page website", "a page for my band": the person asked for one page. */
const ONE_PAGE =
  /\b(?:one|single)[- ]page\b|\bone[- ]pager\b|^[^,.:;]{0,50}?\bpage\b(?!s)(?=\s*(?:for|with|about|:|,|$))/i;

/** A site whose prompt lists this many parts gets a page for each, unless one page was asked for. */
const PAGES_FROM = 3;

export async function composeSite(
  text: string,
  words: SiteWords,
  domain: DomainEntry | null,
): Promise<SiteComposition> {
  const collections: CollectionSpec[] = domain ? fill(structuredClone(domain.collections), words) : [];
  let pages: PageSpec[] = domain
    ? fill(structuredClone(domain.pages), words)
    : [{ id: 'home', title: 'Home', sections: [heroFor(words)] }];
  const added: string[] = [];
  const parts = readSiteParts(text);
  const listed = parts.filter((p) => !p.page);
  if (
    pages.length === 1 &&
    !parts.some((p) => p.listed) &&
    listed.length >= PAGES_FROM &&
    !ONE_PAGE.test(text)
  )
    for (const part of listed) part.page = !joinsPageAbout(part, listed);
  const named = namePages(pages, parts, words);
  const multiPage = pages.length > 1;
  // Words inside brackets are details of a part ("drinks 3pm"), not sections asked for.
  const prose = text.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length));
  // "schedule a repair", "a form with the menu choice": a form's words ask for the form, no other section.
  const besideForms = outsideAsks(prose);
  const made: PageSpec[] = [];
  for (const recipe of SECTION_RECIPES) {
    const said = recipe.type === 'form' ? prose : besideForms;
    if (!recipe.asked.test(said)) continue;
    const { section, collection } = recipe.build(words, askedWord(recipe, said, words));
    if (hasSection(pages, section, recipe, collections)) continue;
    if (collection && !collections.some((c) => c.name === collection.name)) collections.push(collection);
    const home = pages[0]!;
    // A page the prompt names that asks for this section ("Newsletter" for a sign-up form) gets it.
    const target = multiPage
      ? (askingPage(named, recipe, prose) ??
        pageNamed(pages, recipe.page) ??
        (recipe.page === 'Home' ? home : null))
      : home;
    if (target) target.sections.push(section);
    else {
      const page = { id: slugOf(recipe.page), title: recipe.page, sections: [section] };
      pages.push(page);
      made.push(page);
    }
    added.push(recipe.page === 'Home' ? section.type : recipe.page);
  }
  const placeholders = await placeParts(pages, collections, parts, words, multiPage);
  if (askQuestions(pages, quotedQuestions(text))) placeholders.push('the FAQ’s answers');
  if (!domain && !pages[0]!.sections.some((s) => s.type === 'features')) {
    const features = SECTION_RECIPES.find((r) => r.type === 'features')!.build(words).section;
    pages[0]!.sections.splice(1, 0, features);
  }
  // A page a recipe made whose sections the person's own parts already show elsewhere says nothing new.
  const shownElsewhere = (page: PageSpec) =>
    page.sections.every((s) =>
      pages.some(
        (p) =>
          p !== page &&
          p.sections.some(
            (o) =>
              o.type === s.type && (o.type !== 'form' || s.type !== 'form' || o.collection === s.collection),
          ),
      ),
    );
  pages = pages.filter((p) => p.sections.length > 0 && !(made.includes(p) && shownElsewhere(p)));
  nameFormPages(pages.filter((p) => made.includes(p) || namedByAsk(p, parts)));
  const listedPages = parts.some((p) => p.listed);
  const covered = await coverSite(prose, besideForms, pages, collections, words, listedPages);
  added.push(...covered.added);
  placeholders.push(...covered.placeholders);
  pointHero(pages);
  return { collections, pages, domains: domain ? [domain.id] : [], added, placeholders };
}
