// Content sites: pages of sections, with forms that store what visitors send into a collection.
// The copy is placeholder text the engine re-titles from the prompt: the literal token {name} stands for
// the business's or app's name and {topic} for what it is about ("{name} — {topic} in town").
import type { DomainEntry } from '../domain.types.js';
import { saasLanding } from './sites/saas-landing.js';
import { portfolio } from './sites/portfolio.js';
import { cafeSite } from './sites/cafe-site.js';
import { weddingSite } from './sites/wedding-site.js';
import { eventSite } from './sites/event-site.js';
import { practiceSite } from './sites/practice-site.js';
import { bandSite } from './sites/band-site.js';
import { nonprofitSite } from './sites/nonprofit-site.js';
import { cvSite } from './sites/cv-site.js';
import { agencySite } from './sites/agency-site.js';
import { studioSite } from './sites/studio-site.js';
import { hotelSite } from './sites/hotel-site.js';
import { agencyListingsSite } from './sites/agency-listings-site.js';
import { courseSite } from './sites/course-site.js';
import { waitlist } from './sites/waitlist.js';
import { shopSite } from './sites/shop-site.js';
import { salonSite } from './sites/salon-site.js';
import { professionalSite } from './sites/professional-site.js';
import { communitySite } from './sites/community-site.js';

export const SITE_DOMAINS: DomainEntry[] = [
  saasLanding,
  portfolio,
  cafeSite,
  weddingSite,
  eventSite,
  practiceSite,
  bandSite,
  nonprofitSite,
  cvSite,
  agencySite,
  studioSite,
  hotelSite,
  agencyListingsSite,
  courseSite,
  waitlist,
  shopSite,
  salonSite,
  professionalSite,
  communitySite,
];
