import { execFile } from 'node:child_process';
import { join } from 'node:path';
import pidusage from 'pidusage';
import { detectCgroups } from '../cgroups/cgroup.detector.js';
import { provenLayers } from './host-trial.js';
import type { ConfinementTools, HostCapabilities } from './host.types.js';
import { runtimeBinds } from './runtime-view.js';
import { locateTool } from './tool.locator.js';
import { prepareModuleStore } from '../modules/module-store.js';
import type { FileLimits } from './layers/rlimits.layer.js';

export interface DetectOptions {
  isolation: 'auto' | 'off';
  appsDir: string;
  allowedModules: string[];
  /** Names this sandbox's cgroup parent: unique per start. */
  tag: string;
  /** What the trial app gets, as an app would: the first port's uid, the file and pids limits. */
  trial: { uid: number; files: FileLimits; pids: number };
  nodePath?: string;
}

function commandWorks(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 5000 }, (error) => resolve(!error));
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
 * Whether the tools found here really work is for the trial to say.
 */
async function findConfinementTools(nodePath: string, problems: string[]): Promise<ConfinementTools | null> {
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
  const [cgroups, prlimit, modules, confinement] = await Promise.all([
    detectCgroups(options.tag),
    process.platform === 'linux' ? locateTool('prlimit') : Promise.resolve(null),
    prepareModuleStore(options.allowedModules, options.appsDir),
    findConfinementTools(nodePath, problems),
  ]);
  // Beside the apps, so its view is built like theirs; a dot name is never an app id (12 letters or digits).
  const trial = { ...options.trial, dir: join(options.appsDir, '.trial'), nodePath };
  // A trial of an app's own launch plan proves the whole chain on this host before any app depends on it.
  const isolation = await provenLayers(
    { cgroups: cgroups.driver, prlimit, confinement, modules },
    trial,
    problems,
  );
  if (cgroups.driver && !isolation.cgroups) await cgroups.driver.close();
  if (cgroups.problem) problems.push(`cgroups: ${cgroups.problem}`);
  if (!prlimit) problems.push('rlimits: prlimit (apt: util-linux) not found');
  if (modules.missing.length > 0)
    problems.push(`allow-listed modules not installed: ${modules.missing.join(', ')}`);
  return { ...base, isolation, problems };
}
