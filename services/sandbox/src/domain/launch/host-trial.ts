import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsolationTools } from './host.types.js';
import { buildLaunchPlan, type LaunchPlan } from './launch-plan.builder.js';
import type { FileLimits } from './layers/rlimits.layer.js';

export interface TrialOptions {
  /** A scratch directory the trial app lives in, as an app lives in its own. */
  dir: string;
  /** The uid an app would get (the first port's). */
  uid: number;
  files: FileLimits;
  /** The cgroup pids limit an app would get. */
  pids: number;
  /** How long the empty app may take, as long as an app's start may (5 s at least). */
  timeoutMs?: number;
  nodePath: string;
}

const TRIAL_ENTRY = 'trial.js';
const TRIAL_LIMITS = { memoryMb: 128, cpuPercent: 100, timeoutMs: 5000 };

/** An app's launch plan, built by the same function from the same layers, for an app that does nothing. */
export function buildTrialPlan(
  isolation: IsolationTools,
  options: TrialOptions,
  cgroupProcs?: string[],
): LaunchPlan {
  return buildLaunchPlan(
    {
      id: 'trial',
      appDir: options.dir,
      entry: TRIAL_ENTRY,
      port: 0,
      limits: TRIAL_LIMITS,
      uid: options.uid,
      cgroupProcs,
      files: options.files,
    },
    { usageSampling: false, processListing: false, processGroups: false, problems: [], notes: [], isolation },
    options.nodePath,
  );
}

/** null when node exited cleanly, else the end of what the chain printed (or why it did not run). */
function failureOf(plan: LaunchPlan, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      plan.command,
      plan.args,
      { cwd: plan.cwd, env: plan.env, timeout: timeoutMs },
      (error, _stdout, stderr) => {
        if (!error) return resolve(null);
        const said = String(stderr).trim().split('\n').slice(-2).join(' / ');
        resolve(said || error.message);
      },
    );
  });
}

/** Runs the trial plan, in a cgroup of its own when the host has them; null when node exited cleanly. */
export async function trialFailure(isolation: IsolationTools, options: TrialOptions): Promise<string | null> {
  await mkdir(options.dir, { recursive: true, mode: 0o755 });
  await writeFile(join(options.dir, TRIAL_ENTRY), '', { mode: 0o644 });
  const limits = { memoryBytes: TRIAL_LIMITS.memoryMb * 1024 * 1024, cpuPercent: 100, pids: options.pids };
  const cgroup = isolation.cgroups ? await isolation.cgroups.create('trial', limits).catch(() => null) : null;
  if (isolation.cgroups && !cgroup) return 'the trial cgroup could not be created';
  try {
    return await failureOf(
      buildTrialPlan(isolation, options, cgroup?.procsFiles),
      Math.max(5000, options.timeoutMs ?? 0),
    );
  } finally {
    await cgroup?.remove().catch(() => undefined);
  }
}

/**
 * The layers an app will really get: the full chain when its trial passes; otherwise the trial is
 * repeated without the cgroup join, then without bubblewrap, so one broken layer costs only itself.
 */
export async function provenLayers(
  candidate: IsolationTools,
  options: TrialOptions,
  problems: string[],
): Promise<IsolationTools> {
  // Without either there is nothing a trial could turn off.
  if (!candidate.cgroups && !candidate.confinement) return candidate;
  let lastFailure = '';
  const passes = async (layers: IsolationTools) => {
    const failure = await trialFailure(layers, options).catch((error: Error) => error.message);
    if (failure !== null) lastFailure = failure;
    return failure === null;
  };
  if (await passes(candidate)) return candidate;
  const withoutCgroups = { ...candidate, cgroups: null };
  if (candidate.cgroups && (await passes(withoutCgroups))) {
    problems.push('cgroups: a trial app could not be started in its cgroup');
    return withoutCgroups;
  }
  if (!candidate.confinement) return withoutCgroups;
  problems.push(`a trial run of an app launch under bubblewrap failed on this host: ${lastFailure}`);
  const unconfined = { ...candidate, confinement: null };
  if (!candidate.cgroups || (await passes(unconfined))) return unconfined;
  problems.push('cgroups: a trial app could not be started in its cgroup');
  return { ...unconfined, cgroups: null };
}
