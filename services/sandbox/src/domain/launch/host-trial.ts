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
    { usageSampling: false, processListing: false, processGroups: false, problems: [], isolation },
    options.nodePath,
  );
}

function exitsCleanly(plan: LaunchPlan): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(plan.command, plan.args, { cwd: plan.cwd, env: plan.env, timeout: 5000 }, (error) =>
      resolve(!error),
    );
  });
}

/** Runs the trial plan, in a cgroup of its own when the host has them; true when node exited cleanly. */
export async function trialSucceeds(isolation: IsolationTools, options: TrialOptions): Promise<boolean> {
  await mkdir(options.dir, { recursive: true, mode: 0o755 });
  await writeFile(join(options.dir, TRIAL_ENTRY), '', { mode: 0o644 });
  const limits = { memoryBytes: TRIAL_LIMITS.memoryMb * 1024 * 1024, cpuPercent: 100, pids: options.pids };
  const cgroup = isolation.cgroups ? await isolation.cgroups.create('trial', limits).catch(() => null) : null;
  if (isolation.cgroups && !cgroup) return false;
  try {
    return await exitsCleanly(buildTrialPlan(isolation, options, cgroup?.procsFiles));
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
  const passes = (layers: IsolationTools) => trialSucceeds(layers, options).catch(() => false);
  if (await passes(candidate)) return candidate;
  const withoutCgroups = { ...candidate, cgroups: null };
  if (candidate.cgroups && (await passes(withoutCgroups))) {
    problems.push('cgroups: a trial app could not be started in its cgroup');
    return withoutCgroups;
  }
  if (!candidate.confinement) return withoutCgroups;
  problems.push('a trial run of an app launch (bwrap + setpriv + node) failed on this host');
  const unconfined = { ...candidate, confinement: null };
  if (!candidate.cgroups || (await passes(unconfined))) return unconfined;
  problems.push('cgroups: a trial app could not be started in its cgroup');
  return { ...unconfined, cgroups: null };
}
