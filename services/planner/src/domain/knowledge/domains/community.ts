import type { DomainEntry } from '../domain.types.js';
import { library } from './community/library.js';
import { blog } from './community/blog.js';
import { forum } from './community/forum.js';
import { volunteers } from './community/volunteers.js';
import { clubMembership } from './community/club-membership.js';
import { fundraising } from './community/fundraising.js';
import { newsletter } from './community/newsletter.js';
import { sportsLeague } from './community/sports-league.js';
import { toolLending } from './community/tool-lending.js';
import { bookClub } from './community/book-club.js';

/** Clubs, libraries and groups run by and for their members. */
export const COMMUNITY_DOMAINS: DomainEntry[] = [
  library,
  blog,
  forum,
  volunteers,
  clubMembership,
  fundraising,
  newsletter,
  sportsLeague,
  toolLending,
  bookClub,
];
