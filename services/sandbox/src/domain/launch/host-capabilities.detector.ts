import { execFile } from 'node:child_process';
import pidusage from 'pidusage';

/**
 * Each defence layer the sandbox can apply, true only when it is really in force for every app.
 * Layers planned in the design (cgroups, rlimits, bubblewrap, network namespace, own user, Node
 * permissions) are listed as false until their launcher code exists, so health never overstates.
 */
export interface Defences {
  pathChecks: boolean;
  cleanEnvironment: boolean;
  v8HeapLimit: boolean;
  watchdog: boolean;
  processTreeKill: boolean;
  cgroups: boolean;
  rlimits: boolean;
  bubblewrap: boolean;
  networkNamespace: boolean;
  separateUser: boolean;
  nodePermissions: boolean;
}

export interface HostCapabilities {
  /** pidusage can read usage figures for a process on this host. */
  usageSampling: boolean;
  /** `ps` exists: tree-kill uses it to find children on Linux. */
  processListing: boolean;
  /** Process groups can be signalled (POSIX); catches children whose parent already died. */
  processGroups: boolean;
}

function commandWorks(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 2000 }, (error) => resolve(!error));
  });
}

async function canSampleUsage(): Promise<boolean> {
  try {
    const stat = await pidusage(process.pid);
    return stat.memory > 0;
  } catch {
    return false;
  }
}

export async function detectHostCapabilities(): Promise<HostCapabilities> {
  const [usageSampling, processListing] = await Promise.all([
    canSampleUsage(),
    commandWorks('ps', ['-o', 'pid', '--no-headers', '--pid', String(process.pid)]),
  ]);
  return { usageSampling, processListing, processGroups: process.platform !== 'win32' };
}

export function activeDefences(host: HostCapabilities): Defences {
  return {
    pathChecks: true,
    cleanEnvironment: true,
    v8HeapLimit: true,
    watchdog: host.usageSampling,
    processTreeKill: host.processListing || host.processGroups,
    cgroups: false,
    rlimits: false,
    bubblewrap: false,
    networkNamespace: false,
    separateUser: false,
    nodePermissions: false,
  };
}

export function missingDefences(defences: Defences): string[] {
  return Object.entries(defences)
    .filter(([, active]) => !active)
    .map(([name]) => name);
}
