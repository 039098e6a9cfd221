import { join } from 'node:path';
import type { AppLimits } from '@isekai/contracts';
import type { ModuleStore } from '../modules/module-store.js';
import type { ConfinementTools, HostCapabilities } from './host.types.js';
import { inCgroups } from './layers/cgroups.layer.js';
import { appEnvironment, cleanEnvironmentArgs } from './layers/clean-environment.layer.js';
import { preloadFlags, storeBinds, storeReadPaths } from './layers/module-allow-list.layer.js';
import { inBubblewrap, namespaceArgs } from './layers/namespaces.layer.js';
import { permissionFlags, supportsNodePermissions } from './layers/node-permissions.layer.js';
import { readOnlyViewArgs } from './layers/read-only-view.layer.js';
import { withRlimits, type FileLimits } from './layers/rlimits.layer.js';
import { asAppUser } from './layers/separate-user.layer.js';
import { signalGuardArgs, withSignalGuard } from './layers/signal-guard.layer.js';
import { heapLimitFlags } from './layers/v8-heap-limit.layer.js';

export interface LaunchRequest {
  id: string;
  appDir: string;
  entry: string;
  port: number;
  limits: AppLimits;
  /** The app's own uid/gid (used when bubblewrap confines it as root; a user namespace has only one). */
  uid?: number;
  /** cgroup.procs files the launcher joins before exec. */
  cgroupProcs?: string[];
  files?: FileLimits;
}

export interface LaunchPlan {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** The app gets its listening socket as fd 3 and reports readiness on fd 4 (see preload/app.preload.template.js). */
  handover: boolean;
}

/**
 * The command, arguments and environment for one app: `node` wrapped in each layer the host offers,
 * innermost first. The only place the layers are put together: the host trial runs this same plan.
 */
export function buildLaunchPlan(
  request: LaunchRequest,
  host: HostCapabilities,
  nodePath = process.execPath,
): LaunchPlan {
  const isolation = host.isolation;
  const confinement = isolation?.confinement ?? null;
  const confined =
    confinement !== null && (confinement.mode === 'user-namespace' || request.uid !== undefined);
  const env = appEnvironment(request);
  // 1. Node and its own layers: heap limit, module allow-list, permission model. The absolute entry puts
  //    the apps directory in /proc/<pid>/cmdline, which lets a restarted sandbox recognise an orphan.
  const nodeLayers = isolation
    ? [
        ...preloadFlags(isolation.modules, confined),
        ...(supportsNodePermissions()
          ? permissionFlags(request.appDir, storeReadPaths(isolation.modules, confined))
          : []),
      ]
    : [];
  let argv = [
    nodePath,
    ...heapLimitFlags(request.limits.memoryMb),
    ...nodeLayers,
    join(request.appDir, ...request.entry.split('/')),
  ];
  // 2. Its own uid (as root) or a user namespace with the signal guard (as a normal user), inside
  //    bubblewrap's namespaces, clean environment and read-only view.
  const inside = (tools: ConfinementTools, modules: ModuleStore) => [
    ...cleanEnvironmentArgs(env),
    ...readOnlyViewArgs(request.appDir, [...tools.runtime, ...storeBinds(modules)]),
  ];
  if (isolation && confinement?.mode === 'own-uid' && request.uid !== undefined) {
    argv = inBubblewrap(
      confinement.bwrap,
      [...namespaceArgs(), ...inside(confinement, isolation.modules)],
      asAppUser(confinement.setpriv, request.uid, argv),
    );
  } else if (isolation && confinement?.mode === 'user-namespace') {
    const args = [...namespaceArgs(true), ...signalGuardArgs(), ...inside(confinement, isolation.modules)];
    argv = withSignalGuard(confinement.signalGuard, inBubblewrap(confinement.bwrap, args, argv));
  }
  // 3. Hard rlimits, outside bubblewrap so they bind it too.
  if (isolation?.prlimit && request.files) argv = withRlimits(isolation.prlimit, request.files, argv);
  // 4. The cgroups, outermost: joined before anything else runs.
  if (isolation?.cgroups && request.cgroupProcs && request.cgroupProcs.length > 0) {
    argv = inCgroups(request.cgroupProcs, argv);
  }
  const [command, ...args] = argv as [string, ...string[]];
  return {
    command,
    args,
    cwd: request.appDir,
    // bubblewrap starts with an empty environment; the app's four come in through --setenv.
    env: confined ? {} : env,
    handover: isolation !== null,
  };
}
