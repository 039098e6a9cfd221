// @ts-check
// Content sections by type, for the page shell: `render(section, ctx) => HTMLElement`, where `ctx.href`
// turns a page id or "#section" into a link. Every section is a <section id=slug(title)> with an <h2>.
import { renderFaq } from './faq.js';
import { renderFeatures } from './features.js';
import { renderGallery } from './gallery.js';
import { renderHero } from './hero.js';
import { renderHours } from './hours.js';
import { renderMenu } from './menu.js';
import { renderPricing } from './pricing.js';
import { renderSchedule } from './schedule.js';
import { renderTeam } from './team.js';
import { renderTestimonials } from './testimonials.js';
import { renderText } from './text.js';

/** @typedef {{ href: (target: string) => string }} ContentContext */
/** @typedef {'hero'|'features'|'pricing'|'testimonials'|'faq'|'gallery'|'team'|'menu'|'schedule'|'hours'|'text'} ContentType */

/** @type {Record<ContentType, (section: any, ctx: ContentContext) => HTMLElement>} */
export const CONTENT_SECTIONS = {
  hero: renderHero,
  features: renderFeatures,
  pricing: renderPricing,
  testimonials: renderTestimonials,
  faq: renderFaq,
  gallery: renderGallery,
  team: renderTeam,
  menu: renderMenu,
  schedule: renderSchedule,
  hours: renderHours,
  text: renderText,
};
