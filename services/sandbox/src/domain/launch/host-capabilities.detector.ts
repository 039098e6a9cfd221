import { execFile } from 'node:child_process';
import pidusage from 'pidusage';
import { detectCgroups } from '../cgroups/cgroup.detector.js';
import type { CgroupDriver } from '../cgroups/cgroup.types.js';
import { prepareModuleStore, type ModuleStore } from '../modules/module-store.js';
import { parentDirArgs, readOnlyArgs } from './confinement-args.builder.js';
import { runtimeBinds, type Bind } from './runtime-view.js';
import { locateTool } from './tool.locator.js';

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
  nodePermissions: boolean;
  moduleAllowList: boolean;
}

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

export interface DetectOptions {
  isolation: 'auto' | 'off';
  appsDir: string;
  allowedModules: string[];
  /** Names this sandbox's cgroup parent: unique per start. */
  tag: string;
  nodePath?: string;
}

function commandWorks(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 5000, env }, (error) => resolve(!error));
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

/**
 * bubblewrap confines only when the sandbox is root (it builds the view, then setpriv drops to the app's
 * own uid inside; an unprivileged bwrap would need a user namespace whose uid the host cannot tell apart).
 * A trial run proves the whole chain on this host before any app depends on it.
 */
async function detectConfinement(nodePath: string, problems: string[]): Promise<ConfinementTools | null> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    problems.push('bubblewrap, own user and network namespace need Linux and a sandbox running as root');
    return null;
  }
  const [bwrap, setpriv] = await Promise.all([locateTool('bwrap'), locateTool('setpriv')]);
  if (!bwrap || !setpriv) {
    problems.push(
      `missing ${[!bwrap && 'bwrap (apt: bubblewrap)', !setpriv && 'setpriv (apt: util-linux)'].filter(Boolean).join(' and ')}`,
    );
    return null;
  }
  const runtime = await runtimeBinds([nodePath, setpriv]).catch(() => null);
  if (!runtime) {
    problems.push('ldd could not list the libraries of node/setpriv for the app view');
    return null;
  }
  const binds = [...parentDirArgs(runtime.map((bind) => bind.target)), ...readOnlyArgs(runtime)];
  const trial = [
    '--unshare-ipc',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-uts',
    '--die-with-parent',
    ...binds,
    '--',
    setpriv,
    '--reuid=65534',
    '--regid=65534',
    '--clear-groups',
    nodePath,
    '-e',
    '0',
  ];
  if (!(await commandWorks(bwrap, trial, {}))) {
    problems.push('a trial run of bwrap + setpriv + node failed on this host');
    return null;
  }
  return { bwrap, setpriv, runtime };
}

export async function detectHostCapabilities(options: DetectOptions): Promise<HostCapabilities> {
  const problems: string[] = [];
  const [usageSampling, processListing] = await Promise.all([
    canSampleUsage(),
    commandWorks('ps', ['-o', 'pid', '--no-headers', '--pid', String(process.pid)]),
  ]);
  const base = { usageSampling, processListing, processGroups: process.platform !== 'win32' };
  if (options.isolation === 'off') {
    problems.push('SANDBOX_ISOLATION=off: apps run as bare node processes');
    return { ...base, isolation: null, problems };
  }
  const nodePath = options.nodePath ?? process.execPath;
  const [cgroups, prlimit, confinement, modules] = await Promise.all([
    detectCgroups(options.tag),
    process.platform === 'linux' ? locateTool('prlimit') : Promise.resolve(null),
    detectConfinement(nodePath, problems),
    prepareModuleStore(options.allowedModules, options.appsDir),
  ]);
  if (cgroups.problem) problems.push(`cgroups: ${cgroups.problem}`);
  if (!prlimit) problems.push('rlimits: prlimit (apt: util-linux) not found');
  if (modules.missing.length > 0)
    problems.push(`allow-listed modules not installed: ${modules.missing.join(', ')}`);
  return { ...base, isolation: { cgroups: cgroups.driver, prlimit, confinement, modules }, problems };
}

/** Node's permission model (`--experimental-permission`) arrived in Node 20. */
export function supportsNodePermissions(version = process.versions.node): boolean {
  return Number(version.split('.')[0]) >= 20;
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
    separateUser: confined,
    nodePermissions: isolation !== null && supportsNodePermissions(),
    // Only a view that holds nothing but the store makes the list binding; without it the preload's check is advice.
    moduleAllowList: confined,
  };
}

export function missingDefences(defences: Defences): string[] {
  return Object.entries(defences)
    .filter(([, active]) => !active)
    .map(([name]) => name);
}
