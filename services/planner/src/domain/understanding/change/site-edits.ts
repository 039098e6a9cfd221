// "add an FAQ section", "add a sign-up form for a free trial class", "add an About page and a Join page":
// the sections and pages of a site, each from the recipe its words ask for. A section the person
// describes in words of their own is titled with those words.
import type { AppSpec, PageSpec, SectionSpec } from '@isekai/contracts';
import { capitalize } from '../naming.js';
import { filledSection, withListedFields } from '../site-fill.js';
import { SECTION_RECIPES, type SectionRecipe, type SiteWords } from '../site-sections.js';
import { slugOf } from '../slug.js';
import type { Edit } from './context.js';

const ADDS = /^(?:add|include|put|give it|with|create|show|i want|we need)\s+/i;
const ARTICLE = /^(?:a|an|the|some|our|my)\s+/i;
/** "to the About page", "on the home page": where the section goes. */
const PLACE = /\s+(?:to|on|in|at)\s+(?:the\s+)?([a-z][a-z -]*?)\s+page$/i;
/** Words that say what a section is, not what it is about. */
const CONTAINER = /\b(?:section|block|area|part|bit|form|page|box)\b/gi;
const SMALL = /\b(?:a|an|the|for|of|to|with|on|in|at|our|my|your|and|or|us)\b/gi;

function siteWords(spec: AppSpec): SiteWords {
  return { name: spec.title, topic: spec.description.replace(/\.$/, '').toLowerCase() || spec.title };
}

function pageTitled(spec: AppSpec, title: string): PageSpec | undefined {
  return spec.pages.find((p) => p.title.toLowerCase() === title.toLowerCase() || p.id === slugOf(title));
}

/**
 * "sign-up form for a free trial class" -> "Sign-up form for a free trial class": the person's own
 * words, when they say more than the recipe's name for the section ("an FAQ section" keeps its title).
 */
export function ownTitle(phrase: string, recipe: SectionRecipe): string | null {
  const words = phrase
    .replace(ARTICLE, '')
    .replace(/\s+section\b/i, '')
    .trim();
  const beyond = words
    .replace(new RegExp(recipe.asked.source, 'gi'), ' ')
    .replace(CONTAINER, ' ')
    .replace(SMALL, ' ')
    .replace(/[^a-z]+/gi, ' ')
    .trim();
  return beyond ? capitalize(words) : null;
}

/** "with Basic and Deluxe plans", "with name, date and party size": the items or fields listed. */
function detailsOf(words: string, recipe: SectionRecipe): string[] {
  return words
    .replace(new RegExp(`\\s*(?:${recipe.asked.source})\\s*$`, 'i'), '')
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((d) => d.replace(ARTICLE, '').trim())
    .filter(Boolean);
}

function titled(section: SectionSpec, title: string | null): SectionSpec {
  return title && 'title' in section ? { ...section, title } : section;
}

/** The recipe named first: "a contact form for grooming questions" is a contact form, not an FAQ. */
function recipeNamedFirst(text: string): SectionRecipe | undefined {
  const at = (r: SectionRecipe) => text.search(r.asked);
  return SECTION_RECIPES.filter((r) => at(r) >= 0).sort((a, b) => at(a) - at(b))[0];
}

export const sectionEdit: Edit = ({ spec }, clause) => {
  if (!ADDS.test(clause)) return null;
  // On a data app "add bookings" is records to keep; a form or section is asked for by that word.
  if (spec.kind !== 'site' && !/\b(?:section|form|page)\b/i.test(clause)) return null;
  const recipe = recipeNamedFirst(clause);
  if (!recipe) return null;
  const asked = clause.replace(ADDS, '');
  const placeName = PLACE.exec(asked)?.[1];
  const phrase = placeName ? asked.slice(0, PLACE.exec(asked)!.index) : asked;
  const listed = /\s+with\s+(.+)$/i.exec(phrase);
  const described = listed ? phrase.slice(0, listed.index) : phrase;
  const details = listed?.[1] ? detailsOf(listed[1], recipe) : [];
  const built = recipe.build(siteWords(spec), recipe.asked.exec(described)?.[0]);
  const collection = built.collection && withListedFields(built.collection, details);
  if (collection && !spec.collections.some((c) => c.name === collection.name))
    spec.collections.push(collection);
  const own = titled(built.section, ownTitle(described, recipe));
  const section =
    details.length > 0 && 'title' in own && own.type !== 'form'
      ? filledSection(own, own.title ?? '', details)
      : own;
  const named = placeName ? pageTitled(spec, placeName) : undefined;
  const existing = named ?? pageTitled(spec, recipe.page);
  const asPage = !named && (/\bpage\b/i.test(clause) || spec.pages.length > 1);
  if (asPage && !existing) {
    spec.pages.push({ id: slugOf(recipe.page), title: recipe.page, sections: [section] });
    return `Added the ${recipe.page} page.`;
  }
  const page =
    existing ??
    spec.pages[0] ??
    ((spec.pages = [{ id: 'home', title: spec.title, sections: [] }]), spec.pages[0]!);
  const title = 'title' in section && section.title ? section.title : recipe.page;
  // Listed items take the place of a placeholder section of the same kind on that page.
  const same = details.length > 0 ? page.sections.findIndex((s) => s.type === section.type) : -1;
  if (same >= 0) {
    page.sections[same] = section;
    return `Filled “${title}” on the ${page.title} page with ${details.join(', ')}.`;
  }
  page.sections.push(section);
  return `Added “${title}” to the ${page.title} page.`;
};

/** "add an About page and a Join page": each page named, with the section its name asks for. */
export const pageEdit: Edit = ({ spec }, clause) => {
  if (!ADDS.test(clause)) return null;
  // "a form on the About page" adds a section; the page it names is where it goes.
  const asked = clause.replace(PLACE, '');
  const names = [...asked.matchAll(/\b(?:an?|the|one) ([a-z][a-z -]{1,30}?) page\b/gi)].map((m) =>
    m[1]!.trim(),
  );
  if (names.length === 0) return null;
  const words = siteWords(spec);
  const steps: string[] = [];
  for (const name of names) {
    const title = capitalize(name);
    const recipe = SECTION_RECIPES.find(
      (r) => r.asked.test(name) || r.page.toLowerCase() === name.toLowerCase(),
    );
    const existing = pageTitled(spec, name);
    if (existing && (!recipe || existing.sections.some((s) => s.type === recipe.type))) {
      steps.push(`the ${existing.title} page was already there`);
      continue;
    }
    const built = recipe?.build(words, name);
    if (built?.collection && !spec.collections.some((c) => c.name === built.collection!.name))
      spec.collections.push(built.collection);
    const section = built?.section ?? {
      type: 'text' as const,
      title,
      body: `About ${spec.title}: write this page's text here.`,
    };
    if (existing) {
      existing.sections.push(section);
      steps.push(`added a ${recipe?.type ?? 'text'} section to the ${existing.title} page`);
    } else {
      spec.pages.push({ id: slugOf(title), title, sections: [section] });
      steps.push(`added the ${title} page`);
    }
  }
  return `${capitalize(steps.join('; '))}.`;
};
