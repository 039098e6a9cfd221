import type { CgroupDetection } from '../cgroups/cgroup.detector.js';
import type { DefenceNote, IsolationTools } from './host.types.js';

/** What turns bubblewrap on when it is installed but the trial failed as a normal user. */
export const USER_NAMESPACE_FIX =
  'allow unprivileged user namespaces: sysctl -w user.max_user_namespaces=15000 kernel.unprivileged_userns_clone=1 (Ubuntu 24.04: apt install apparmor-profiles, which allows bwrap)';

export interface ConfinementOutcome {
  /** Why bubblewrap is not used, when it is not. */
  why: string | null;
  fix: string | null;
}

const VIEW_DEFENCES = ['bubblewrap', 'networkNamespace', 'moduleAllowList'];

/** One note per defence that is off, saying why and what turns it on, or that it cannot apply here. */
export function defenceNotes(
  isolation: IsolationTools,
  cgroups: Pick<CgroupDetection, 'problem' | 'fix'>,
  confinement: ConfinementOutcome,
  root: boolean,
): DefenceNote[] {
  const notes: DefenceNote[] = [];
  if (!isolation.cgroups) {
    notes.push({
      defence: 'cgroups',
      status: 'missing',
      why: cgroups.problem ?? 'a trial app could not be started in its cgroup',
      fix: cgroups.fix,
    });
  }
  if (!isolation.confinement) {
    const why = confinement.why ?? 'a trial run of an app launch under bubblewrap failed on this host';
    const fix = confinement.fix ?? (root ? null : USER_NAMESPACE_FIX);
    for (const defence of VIEW_DEFENCES) notes.push({ defence, status: 'missing', why, fix });
  }
  if (isolation.confinement?.mode !== 'own-uid') {
    notes.push(
      root
        ? { defence: 'separateUser', status: 'missing', why: 'needs bubblewrap', fix: null }
        : {
            defence: 'separateUser',
            status: 'not-applicable',
            why: `a normal user has one uid: every app runs as ${process.getuid?.()} in a user namespace of its own, kept from the others' files by its view (only its own directory is bound)`,
            fix: 'run the sandbox as root for a uid per app',
          },
    );
  }
  return notes;
}
