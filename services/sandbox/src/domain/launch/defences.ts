import type { HostCapabilities } from './host.types.js';
import { supportsNodePermissions } from './layers/node-permissions.layer.js';

/** Each defence layer the sandbox can apply, true only when it is really in force for every app. */
export interface Defences {
  pathChecks: boolean;
  cleanEnvironment: boolean;
  v8HeapLimit: boolean;
  watchdog: boolean;
  processTreeKill: boolean;
  cgroups: boolean;
  rlimits: boolean;
  diskQuota: boolean;
  bubblewrap: boolean;
  networkNamespace: boolean;
  separateUser: boolean;
  /** bubblewrap in a user namespace of its own: how a normal user's sandbox confines (with the signal guard). */
  userNamespace: boolean;
  nodePermissions: boolean;
  moduleAllowList: boolean;
}

export function activeDefences(host: HostCapabilities): Defences {
  const isolation = host.isolation;
  const confined = isolation?.confinement != null;
  return {
    pathChecks: true,
    cleanEnvironment: true,
    v8HeapLimit: true,
    watchdog: host.usageSampling || isolation?.cgroups != null,
    processTreeKill: host.processListing || host.processGroups,
    cgroups: isolation?.cgroups != null,
    rlimits: isolation?.prlimit != null,
    diskQuota: isolation !== null,
    bubblewrap: confined,
    networkNamespace: confined,
    separateUser: isolation?.confinement?.mode === 'own-uid',
    userNamespace: isolation?.confinement?.mode === 'user-namespace',
    nodePermissions: isolation !== null && supportsNodePermissions(),
    // Only a view that holds nothing but the store makes the list binding; without it the preload's check is advice.
    moduleAllowList: confined,
  };
}

/** Defences that are off although they could apply here (a user namespace is only for a normal user). */
export function missingDefences(defences: Defences, notApplicable: string[] = []): string[] {
  return Object.entries(defences)
    .filter(([name, active]) => !active && !notApplicable.includes(name))
    .map(([name]) => name);
}
