// A one-page site's navigation: a link to each titled section of its only page, so "the navigation
// links to each section" holds for a single page as it does for several. The anchors are the ids the
// page script gives the sections (public/js/sections/content/parts.js and main.js).
import type { AppSpec, SectionSpec } from '@isekai/contracts';

/** Sections whose id is their title's slug. */
const CONTENT = new Set([
  'features',
  'pricing',
  'testimonials',
  'faq',
  'gallery',
  'team',
  'menu',
  'schedule',
  'hours',
  'text',
]);

/** The same slug as parts.js: accents dropped, lower case, runs of other characters as one dash. */
export function sectionSlug(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'section';
}

/** The id the page gives a section at this position, or null for one the navigation does not name. */
function anchorOf(section: SectionSpec, index: number): { title: string; anchor: string } | null {
  if (section.type === 'form') return { title: section.title, anchor: `form-${index + 1}` };
  if (CONTENT.has(section.type) && 'title' in section && section.title)
    return { title: section.title, anchor: sectionSlug(section.title) };
  return null;
}

/** The sections a site of one page links to from its navigation; none for apps or sites of several pages. */
export function onePageSections(spec: AppSpec): { title: string; anchor: string }[] {
  if (spec.kind !== 'site' || spec.pages.filter((p) => p.nav !== false).length !== 1) return [];
  const found = (spec.pages[0]?.sections ?? [])
    .map(anchorOf)
    .filter((s): s is { title: string; anchor: string } => s !== null);
  return found.length >= 2 ? found : [];
}
