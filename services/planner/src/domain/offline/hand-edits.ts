import type { FileMap } from '@isekai/contracts';
import { diff3Merge } from 'node-diff3';

export interface KeptEdits {
  files: FileMap;
  /** Files whose hand edits are in the result. */
  kept: string[];
  /** What a person should know: edits that could not be kept, and why. */
  notes: string[];
}

/** Three-way merge of one text, line by line; null when the two sides change the same lines. */
function mergeText(mine: string, base: string, theirs: string): string | null {
  const regions = diff3Merge(mine.split('\n'), base.split('\n'), theirs.split('\n'), {
    excludeFalseConflicts: true,
  });
  if (regions.some((region) => region.conflict)) return null;
  return regions.flatMap((region) => region.ok ?? []).join('\n');
}

/**
 * A change re-renders the app from its spec, which would drop every edit made by hand since: each file is
 * merged three ways instead, with `base` (what the old spec renders), `current` (the files as they are,
 * hand edits included) and `rendered` (what the changed spec renders). An edit the change does not touch
 * is kept; where both change the same lines the change wins, and a note says so (the edited text stays
 * in the previous version).
 */
export function keepHandEdits(base: FileMap, current: FileMap, rendered: FileMap): KeptEdits {
  const files: FileMap = {};
  const kept: string[] = [];
  const notes: string[] = [];
  const paths = [
    ...new Set([...Object.keys(base), ...Object.keys(current), ...Object.keys(rendered)]),
  ].sort();
  for (const path of paths) {
    const [was, now, next] = [base[path], current[path], rendered[path]];
    if (now === was || now === next) {
      // Not edited by hand, or already what the change renders.
      if (next !== undefined) files[path] = next;
      continue;
    }
    if (next === was) {
      // The change leaves this file alone: the hand-edited (or hand-added, or hand-deleted) file stays so.
      if (now !== undefined) files[path] = now;
      kept.push(path);
      continue;
    }
    const merged =
      now !== undefined && was !== undefined && next !== undefined ? mergeText(now, was, next) : null;
    if (merged !== null) {
      files[path] = merged;
      kept.push(path);
      continue;
    }
    if (next !== undefined) files[path] = next;
    else if (now !== undefined) files[path] = now;
    notes.push(
      next === undefined
        ? `${path} is no longer part of the app after this change; it was edited by hand, so it was kept.`
        : now === undefined
          ? `${path} was deleted by hand, but this change needs it: it is back.`
          : `Your hand edit to ${path} changes the same lines as this change, so the change's version is used; the edited file is still in the previous version.`,
    );
  }
  return { files, kept, notes };
}
