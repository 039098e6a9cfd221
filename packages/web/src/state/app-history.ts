import type { AppEvent } from '@isekai/contracts';

function promptOf(event: AppEvent): string | null {
  const prompt = event.data?.prompt;
  return typeof prompt === 'string' ? prompt : null;
}

/**
 * The change prompt that made the current version what it is, or null when it is as the first prompt
 * made it. A change that failed or was not understood stored nothing; a hand edit or a repair keeps the
 * prompt of the version it came from, and a restore brings back that of the version it restored.
 */
export function latestChangePrompt(events: AppEvent[]): string | null {
  const promptOfVersion = new Map<number, string | null>();
  let current: string | null = null;
  let asked: string | null = null;
  let restoredFrom: number | null = null;
  for (const event of events) {
    if (event.type === 'change-requested') asked = promptOf(event);
    else if (event.type === 'restoring')
      restoredFrom = typeof event.data?.from === 'number' ? event.data.from : null;
    else if (event.type === 'version' && typeof event.data?.version === 'number') {
      const source = event.data.source;
      if (source === 'create') current = null;
      else if (source === 'prompt') current = asked;
      else if (source === 'restore')
        current = restoredFrom === null ? null : (promptOfVersion.get(restoredFrom) ?? null);
      promptOfVersion.set(event.data.version, current);
    }
  }
  return current;
}

/**
 * Which files each hand edit changed, by version number: a hand-edited version keeps the previous
 * plan (and its summary), so the files are known only from the `files-edited` event before it.
 */
export function editedFilesByVersion(events: AppEvent[]): Map<number, string[]> {
  const byVersion = new Map<number, string[]>();
  let paths: string[] | null = null;
  for (const event of events) {
    if (event.type === 'files-edited') {
      const list = event.data?.paths;
      paths = Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
    } else if (event.type === 'version') {
      if (event.data?.source === 'edit' && paths && typeof event.data.version === 'number')
        byVersion.set(event.data.version, paths);
      paths = null;
    }
  }
  return byVersion;
}
