import type { DomainEntry } from '../domain.types.js';
import { crm } from './work/crm.js';
import { hr } from './work/hr.js';
import { recruiting } from './work/recruiting.js';
import { projects } from './work/projects.js';
import { issueTracker } from './work/issue-tracker.js';
import { helpDesk } from './work/help-desk.js';
import { timeTracking } from './work/time-tracking.js';
import { fleet } from './work/fleet.js';
import { okrGoals } from './work/okr-goals.js';
import { socialMedia } from './work/social-media.js';

/** Running a team or a business: customers, people, projects, tickets and the vehicles it drives. */
export const WORK_DOMAINS: DomainEntry[] = [
  crm,
  hr,
  recruiting,
  projects,
  issueTracker,
  helpDesk,
  timeTracking,
  fleet,
  okrGoals,
  socialMedia,
];
