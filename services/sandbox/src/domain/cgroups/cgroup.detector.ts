import { CgroupV1Driver, hasCgroupV1 } from './cgroup-v1.driver.js';
import { CgroupUnavailable } from './cgroup-v2.delegation.js';
import { CgroupV2Driver, hasCgroupV2 } from './cgroup-v2.driver.js';
import type { CgroupDriver } from './cgroup.types.js';

const ROOT = '/sys/fs/cgroup';

/** On a v1 host a normal user gets groups only from root: this script makes them and starts the sandbox inside. */
const V1_FIX =
  'run the sandbox as root, or from root: services/sandbox/scripts/cgroup-delegate.sh <user> -- npm start';

export interface CgroupDetection {
  driver: CgroupDriver | null;
  /** Why there is no driver, for the start-up warning and /health. */
  problem: string | null;
  /** The command that fixes it. */
  fix: string | null;
}

function reason(version: 1 | 2, error: unknown): { problem: string; fix: string | null } {
  const message = (error as Error).message;
  if (error instanceof CgroupUnavailable) return { problem: `v2: ${message}`, fix: error.fix };
  const denied = ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '');
  return { problem: `v${version}: ${message}`, fix: version === 1 && denied ? V1_FIX : null };
}

/**
 * Pure v2 (`/sys/fs/cgroup/cgroup.controllers`) first, then v1 (`/sys/fs/cgroup/<controller>`). A
 * hybrid host with a v2 mount at `unified` but its controllers bound to v1 is treated as v1.
 */
export async function detectCgroups(tag: string): Promise<CgroupDetection> {
  if (process.platform !== 'linux') return { driver: null, problem: 'cgroups need Linux', fix: null };
  const failures: { problem: string; fix: string | null }[] = [];
  if (await hasCgroupV2(ROOT)) {
    try {
      return { driver: await CgroupV2Driver.open(ROOT, tag), problem: null, fix: null };
    } catch (error) {
      failures.push(reason(2, error));
    }
  }
  if (await hasCgroupV1(ROOT)) {
    try {
      return { driver: await CgroupV1Driver.open(ROOT, tag), problem: null, fix: null };
    } catch (error) {
      failures.push(reason(1, error));
    }
  }
  if (failures.length === 0)
    failures.push({
      problem: `no cgroup v1 or v2 hierarchy with memory, cpu and pids under ${ROOT}`,
      fix: null,
    });
  return {
    driver: null,
    problem: failures.map((failure) => failure.problem).join('; '),
    fix: failures.find((failure) => failure.fix)?.fix ?? null,
  };
}
