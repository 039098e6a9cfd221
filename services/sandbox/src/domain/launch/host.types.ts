import type { CgroupDriver } from '../cgroups/cgroup.types.js';
import type { ModuleStore } from '../modules/module-store.js';
import type { Bind } from './layers/read-only-view.layer.js';

/** bubblewrap and what the app's view is built from. */
export interface ConfinementTools {
  bwrap: string;
  setpriv: string;
  /** Node, setpriv and their libraries, read-only. */
  runtime: Bind[];
}

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
}
