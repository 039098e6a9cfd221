import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pidusage from 'pidusage';
import { detectCgroups } from '../cgroups/cgroup.detector.js';
import { provenLayers } from './host-trial.js';
import { defenceNotes, type ConfinementOutcome } from './defence-notes.js';
import type { ConfinementTools, HostCapabilities } from './host.types.js';
import { runtimeBinds } from './runtime-view.js';
import { locateTool } from './tool.locator.js';
import { prepareModuleStore } from '../modules/module-store.js';
import type { FileLimits } from './layers/rlimits.layer.js';
import { signalGuardProgram } from './layers/signal-guard.layer.js';

export interface DetectOptions {
  isolation: 'auto' | 'off';
  appsDir: string;
  allowedModules: string[];
  /** Names this sandbox's cgroup parent: unique per start. */
  tag: string;
  /** What the trial app gets, as an app would: the first port's uid, the file and pids limits. */
  trial: { uid: number; files: FileLimits; pids: number; timeoutMs?: number };
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
 * As root, bubblewrap builds the view and setpriv drops each app to a uid of its own. As a normal user,
 * bubblewrap runs in a user namespace of its own (unprivileged user namespaces) and every app keeps the
 * sandbox's uid, kept apart from the others by its view and the signal guard. Whether the tools found
 * here really work is for the trial to say.
 */
async function findConfinementTools(
  nodePath: string,
  appsDir: string,
  root: boolean,
): Promise<{ tools: ConfinementTools | null } & ConfinementOutcome> {
  const off = (why: string, fix: string | null = null) => ({ tools: null, why, fix });
  if (process.platform !== 'linux') return off('bubblewrap and the network namespace need Linux');
  const [bwrap, setpriv] = await Promise.all([locateTool('bwrap'), root ? locateTool('setpriv') : null]);
  if (!bwrap) return off('bwrap not found', 'apt-get install bubblewrap');
  if (root && !setpriv) return off('setpriv not found', 'apt-get install util-linux');
  const runtime = await runtimeBinds(setpriv ? [nodePath, setpriv] : [nodePath]).catch(() => null);
  if (!runtime) return off('ldd could not list the libraries of node/setpriv for the app view');
  if (setpriv) return { tools: { mode: 'own-uid', bwrap, setpriv, runtime }, why: null, fix: null };
  const signalGuard = await writeSignalGuard(appsDir);
  if (!signalGuard) return off(`no seccomp signal guard for ${process.arch}`, 'run the sandbox as root');
  return { tools: { mode: 'user-namespace', bwrap, signalGuard, runtime }, why: null, fix: null };
}

/** The filter file, beside the preload in `<appsDir>/.runtime` (never inside any app's view). */
async function writeSignalGuard(appsDir: string): Promise<string | null> {
  const program = signalGuardProgram();
  if (!program) return null;
  const dir = join(appsDir, '.runtime');
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const file = join(dir, 'signal-guard.bpf');
  await writeFile(file, program, { mode: 0o644 });
  return file;
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
    return { ...base, isolation: null, problems, notes: [] };
  }
  const nodePath = options.nodePath ?? process.execPath;
  const root = process.getuid?.() === 0;
  const [cgroups, prlimit, modules, confinement] = await Promise.all([
    detectCgroups(options.tag),
    process.platform === 'linux' ? locateTool('prlimit') : Promise.resolve(null),
    prepareModuleStore(options.allowedModules, options.appsDir),
    findConfinementTools(nodePath, options.appsDir, root),
  ]);
  if (confinement.why) problems.push(confinement.why);
  // Beside the apps, so its view is built like theirs; a dot name is never an app id (12 letters or digits).
  const trial = { ...options.trial, dir: join(options.appsDir, '.trial'), nodePath };
  // A trial of an app's own launch plan proves the whole chain on this host before any app depends on it.
  const isolation = await provenLayers(
    { cgroups: cgroups.driver, prlimit, confinement: confinement.tools, modules },
    trial,
    problems,
  );
  if (cgroups.driver && !isolation.cgroups) await cgroups.driver.close();
  if (cgroups.problem) problems.push(`cgroups: ${cgroups.problem}`);
  if (!prlimit) problems.push('rlimits: prlimit (apt: util-linux) not found');
  if (modules.missing.length > 0)
    problems.push(`allow-listed modules not installed: ${modules.missing.join(', ')}`);
  // bubblewrap was there but its trial failed: the trial's own words say why.
  const trialWhy = problems.find((problem) => problem.startsWith('a trial run'));
  const outcome =
    confinement.tools && !isolation.confinement ? { ...confinement, why: trialWhy ?? null } : confinement;
  const notes = defenceNotes(isolation, cgroups, outcome, root);
  return { ...base, isolation, problems, notes };
}
