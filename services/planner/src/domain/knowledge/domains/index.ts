import type { DomainEntry } from '../domain.types.js';
import { COMMERCE_DOMAINS } from './commerce.js';
import { COMMUNITY_DOMAINS } from './community.js';
import { EDUCATION_DOMAINS } from './education.js';
import { EVERYDAY_DOMAINS } from './everyday.js';
import { HEALTH_DOMAINS } from './health.js';
import { HOBBY_DOMAINS } from './hobbies.js';
import { HOME_DOMAINS } from './home.js';
import { PERSONAL_DOMAINS } from './personal.js';
import { PLACES_DOMAINS } from './places.js';
import { SERVICE_DOMAINS } from './services.js';
import { SITE_DOMAINS } from './sites.js';
import { WORK_DOMAINS } from './work.js';

/**
 * Every domain the offline planner can retrieve and compose, grouped by file. Conventions the engine and
 * renderer can rely on (checked by domains.test.ts): a sample's reference field holds the title (titleField,
 * else first text field) of a sample in the referenced collection; computed fields are never in samples;
 * dates are YYYY-MM-DD and "today" is the only date default; site copy uses the tokens {name} and {topic}
 * to be re-titled from the prompt, and each site has a page left out of the navigation (nav: false) where
 * its owner reads what the forms stored.
 */
export const DOMAINS: DomainEntry[] = [
  ...COMMERCE_DOMAINS,
  ...COMMUNITY_DOMAINS,
  ...EDUCATION_DOMAINS,
  ...EVERYDAY_DOMAINS,
  ...HEALTH_DOMAINS,
  ...HOBBY_DOMAINS,
  ...HOME_DOMAINS,
  ...PERSONAL_DOMAINS,
  ...PLACES_DOMAINS,
  ...SERVICE_DOMAINS,
  ...WORK_DOMAINS,
  ...SITE_DOMAINS,
];
