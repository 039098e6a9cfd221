// A site: the site domain's pages with its placeholder copy named after the business, plus every
// section and page the prompt asks for by name; forms store what visitors send.
import type { CollectionSpec, PageSpec, SectionSpec } from '@isekai/contracts';
import type { DomainEntry } from '../knowledge/domain.types.js';
import { SECTION_RECIPES, type SiteWords } from './site-sections.js';
import type { Noun } from './compose-data.js';
import { plural } from './lexicon.js';
import { capitalize } from './naming.js';
import { slugOf } from './slug.js';

export interface SiteComposition {
  collections: CollectionSpec[];
  pages: PageSpec[];
  domains: string[];
  /** Sections added because the prompt asked for them. */
  added: string[];
}

/** Replaces {name} and {topic} in every string of a value. */
function fill<T>(value: T, words: SiteWords): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'string' ? v.replaceAll('{name}', words.name).replaceAll('{topic}', words.topic) : v,
    ),
  ) as T;
}

/** Words before "page" that say what kind of site it is, not a page of it. */
const NOT_PAGES =
  /^(landing|web|home|single|one|simple|main|new|static|saas|product|splash|front|my|our|this|that|a|the|facebook|instagram|twitter|linkedin|tiktok|youtube|social|github)$/i;

/** Page names the prompt lists: "pages: home, about, pricing and contact", "an about page", "about and contact pages". */
function askedPages(text: string): string[] {
  const names = new Set<string>();
  const listed =
    /\bpages\s*(?:for|:|like|including|such as|—|-)\s*([a-z ,&/-]+?)(?:[.;\n]|$)/i.exec(text)?.[1] ??
    /\b([a-z]+(?:,\s*[a-z]+)*,?\s+and\s+[a-z]+) pages\b/i.exec(text)?.[1];
  if (listed)
    for (const part of listed.split(/,|\band\b|&|\//))
      if (part.trim() && part.trim().split(' ').length <= 2) names.add(part.trim());
  for (const match of text.matchAll(/\b(?:an?|the|its own|separate) ([a-z]+) page\b/gi)) names.add(match[1]!);
  return [...names].filter((n) => !NOT_PAGES.test(n));
}

function hasSection(pages: PageSpec[], section: SectionSpec): boolean {
  return pages.some((p) =>
    p.sections.some(
      (s) =>
        s.type === section.type &&
        (s.type !== 'form' || section.type !== 'form' || s.collection === section.collection),
    ),
  );
}

function pageNamed(pages: PageSpec[], title: string): PageSpec | undefined {
  const wanted = title.toLowerCase();
  return pages.find((p) => p.title.toLowerCase() === wanted || p.id === slugOf(title));
}

function heroFor(words: SiteWords): SectionSpec {
  return {
    type: 'hero',
    heading: words.name,
    text: `Welcome to ${words.name}: ${words.topic}.`,
    action: { label: 'Find out more', target: '#what-you-get' },
  };
}

/**
 * Things a site prompt names that no section covers yet ("upcoming gigs", "aftercare", "room hire") get a
 * section of their own, with placeholder copy the plan says is a placeholder: a schedule for happenings,
 * a team for people, a text otherwise. Returns their titles.
 */
export function addNamedSections(site: SiteComposition, nouns: Noun[], words: SiteWords): string[] {
  const covered = (noun: string) =>
    site.pages.some(
      (p) =>
        p.title.toLowerCase().includes(noun) ||
        p.sections.some((s) => JSON.stringify(s).toLowerCase().includes(noun)),
    ) ||
    SECTION_RECIPES.some((r) => r.asked.test(noun)) ||
    `${words.name} ${words.topic}`.toLowerCase().includes(noun);
  const added: string[] = [];
  const home = site.pages[0];
  for (const noun of nouns) {
    if (!home || added.length >= 4 || !(noun.plural || noun.inList) || covered(noun.noun)) continue;
    const title = capitalize(noun.plural ? plural(noun.noun) : noun.noun);
    const section: SectionSpec =
      noun.kind === 'act' || noun.kind === 'event' || noun.kind === 'time'
        ? {
            type: 'schedule',
            title,
            items: [1, 2, 3].map((n) => ({
              when: 'To be announced',
              title: `${capitalize(noun.noun)} ${n}`,
            })),
          }
        : noun.kind === 'person'
          ? {
              type: 'team',
              title,
              items: [1, 2, 3].map((n) => ({ name: `${capitalize(noun.noun)} ${n}`, role: '' })),
            }
          : {
              type: 'text',
              title,
              body: `Tell visitors about ${noun.plural ? plural(noun.noun) : noun.noun} at ${words.name} here.`,
            };
    home.sections.push(section);
    added.push(title);
  }
  return added;
}

export function composeSite(text: string, words: SiteWords, domain: DomainEntry | null): SiteComposition {
  const collections: CollectionSpec[] = domain ? fill(structuredClone(domain.collections), words) : [];
  let pages: PageSpec[] = domain
    ? fill(structuredClone(domain.pages), words)
    : [{ id: 'home', title: 'Home', sections: [heroFor(words)] }];
  const added: string[] = [];
  const multiPage = pages.length > 1 || askedPages(text).length > 0;
  for (const recipe of SECTION_RECIPES) {
    if (!recipe.asked.test(text)) continue;
    const { section, collection } = recipe.build(words, recipe.asked.exec(text)?.[0]);
    if (hasSection(pages, section)) continue;
    if (collection && !collections.some((c) => c.name === collection.name)) collections.push(collection);
    const home = pages[0]!;
    // A page the prompt names that asks for this section ("Newsletter" for a sign-up form) gets it.
    const asked = askedPages(text).find((name) => recipe.asked.test(name));
    const target = multiPage
      ? ((asked ? pageNamed(pages, asked) : undefined) ??
        pageNamed(pages, recipe.page) ??
        (recipe.page === 'Home' ? home : null))
      : home;
    if (!target && asked) {
      const title = capitalize(asked);
      pages.push({ id: slugOf(title), title, sections: [section] });
      added.push(title);
      continue;
    }
    if (target) target.sections.push(section);
    else pages.push({ id: slugOf(recipe.page), title: recipe.page, sections: [section] });
    added.push(recipe.page === 'Home' ? section.type : recipe.page);
  }
  for (const name of askedPages(text)) {
    if (pageNamed(pages, name) || /^home$/i.test(name)) continue;
    const title = name.charAt(0).toUpperCase() + name.slice(1);
    pages.push({
      id: slugOf(title),
      title,
      sections: [{ type: 'text', title, body: `About ${words.name}: ${words.topic}.` }],
    });
    added.push(title);
  }
  if (!domain && !pages[0]!.sections.some((s) => s.type === 'features')) {
    const features = SECTION_RECIPES.find((r) => r.type === 'features')!.build(words).section;
    pages[0]!.sections.splice(1, 0, features);
  }
  pages = pages.filter((p) => p.sections.length > 0);
  return { collections, pages, domains: domain ? [domain.id] : [], added };
}
