import type { DomainEntry } from '../domain.types.js';
import { COMMERCE_DOMAINS } from './commerce.js';
import { COMMUNITY_DOMAINS } from './community.js';

/** Every domain the offline planner can retrieve and compose, grouped by file. */
export const DOMAINS: DomainEntry[] = [...COMMERCE_DOMAINS, ...COMMUNITY_DOMAINS];
