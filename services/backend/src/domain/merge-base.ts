import { diffFiles, type FilePatch, type VersionSource } from '@isekai/contracts';
import type { Store } from '../data/store.js';
import type { VersionRecord } from '../data/versions.repository.js';

/** The versions whose files are what a planner answered; edits and restores copy another version's plan. */
const PLANNED: ReadonlySet<VersionSource> = new Set(['create', 'prompt', 'repair']);

/**
 * The merge base of a change by prompt (`current.base`): what the planner really produced for the plan
 * `version` carries, as a patch over its files. A hand edit or a restore keeps the plan of the version it
 * copies, so the newest planned version with that plan is the one its files came from. Undefined when no
 * stored version matches, and the planner falls back to rendering the plan's spec again.
 */
export function mergeBase(store: Store, version: VersionRecord): FilePatch | undefined {
  const plan = JSON.stringify(version.plan);
  for (let number = version.number; number >= 1; number--) {
    const candidate = number === version.number ? version : store.versions.getVersion(version.appId, number);
    if (candidate && PLANNED.has(candidate.source) && JSON.stringify(candidate.plan) === plan)
      return diffFiles(version.files, candidate.files);
  }
  return undefined;
}
