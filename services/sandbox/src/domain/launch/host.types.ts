import type { CgroupDriver } from '../cgroups/cgroup.types.js';
import type { ModuleStore } from '../modules/module-store.js';
import type { Bind } from './layers/read-only-view.layer.js';

/**
 * bubblewrap and what the app's view is built from. `own-uid` (a root sandbox): setpriv drops each app
 * to a uid of its own. `user-namespace` (a normal user): every app runs as the sandbox's uid in a user
 * namespace, kept apart by its view alone, and a seccomp filter (`signalGuard`) keeps it from signalling
 * its namespace's pid 1.
 */
export type ConfinementTools =
  | { mode: 'own-uid'; bwrap: string; setpriv: string; runtime: Bind[] }
  | { mode: 'user-namespace'; bwrap: string; signalGuard: string; runtime: Bind[] };

/** The layers beyond a bare `node`; absent when SANDBOX_ISOLATION=off. */
export interface IsolationTools {
  cgroups: CgroupDriver | null;
  prlimit: string | null;
  confinement: ConfinementTools | null;
  modules: ModuleStore;
}

export interface HostCapabilities {
  /** pidusage can read usage figures for a process on this host. */
  usageSampling: boolean;
  /** `ps` exists: tree-kill uses it to find children on Linux. */
  processListing: boolean;
  /** Process groups can be signalled (POSIX); catches children whose parent already died. */
  processGroups: boolean;
  isolation: IsolationTools | null;
  /** Why a layer is missing, one line each, for the start-up warning. */
  problems: string[];
  /** Per defence that is off: why, and the command that turns it on (in /health and the start log). */
  notes: DefenceNote[];
}

/** A defence that is off on this host: missing (a fix would turn it on) or one that cannot apply here. */
export interface DefenceNote {
  defence: string;
  status: 'missing' | 'not-applicable';
  why: string;
  fix: string | null;
}
