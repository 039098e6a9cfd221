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
  nodePath: string;
}

const TRIAL_ENTRY = 'trial.js';

/**
 * What a trial runs: an app's launch plan, built by the same function from the same layers, for an app
 * that does nothing. cgroups are left out: the driver proved itself by opening, and a trial that failed
 * in them should not cost the host its namespaces.
 */
export function buildTrialPlan(isolation: IsolationTools, options: TrialOptions): LaunchPlan {
  return buildLaunchPlan(
    {
      id: 'trial',
      appDir: options.dir,
      entry: TRIAL_ENTRY,
      port: 0,
      limits: { memoryMb: 64, cpuPercent: 100, timeoutMs: 5000 },
      uid: options.uid,
      files: options.files,
    },
    {
      usageSampling: false,
      processListing: false,
      processGroups: false,
      problems: [],
      isolation: { ...isolation, cgroups: null },
    },
    options.nodePath,
  );
}

/** Runs the trial plan; true when the whole chain started node and node exited cleanly. */
export async function trialSucceeds(isolation: IsolationTools, options: TrialOptions): Promise<boolean> {
  await mkdir(options.dir, { recursive: true, mode: 0o755 });
  await writeFile(join(options.dir, TRIAL_ENTRY), '', { mode: 0o644 });
  const plan = buildTrialPlan(isolation, options);
  return new Promise((resolve) => {
    execFile(plan.command, plan.args, { cwd: plan.cwd, env: plan.env, timeout: 5000 }, (error) =>
      resolve(!error),
    );
  });
}
