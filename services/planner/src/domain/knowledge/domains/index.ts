import type { DomainEntry } from '../domain.types.js';
import { COMMERCE_DOMAINS } from './commerce.js';
import { COMMUNITY_DOMAINS } from './community.js';
import { EDUCATION_DOMAINS } from './education.js';
import { HEALTH_DOMAINS } from './health.js';
import { PLACES_DOMAINS } from './places.js';
import { WORK_DOMAINS } from './work.js';

/** Every domain the offline planner can retrieve and compose, grouped by file. */
export const DOMAINS: DomainEntry[] = [
  ...COMMERCE_DOMAINS,
  ...COMMUNITY_DOMAINS,
  ...EDUCATION_DOMAINS,
  ...HEALTH_DOMAINS,
  ...PLACES_DOMAINS,
  ...WORK_DOMAINS,
];
