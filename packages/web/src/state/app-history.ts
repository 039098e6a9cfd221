import type { AppEvent } from '@isekai/contracts';

function promptOf(event: AppEvent): string | null {
  const prompt = event.data?.prompt;
  return typeof prompt === 'string' ? prompt : null;
}

/**
 * The latest change prompt that became a version, or null when the app is as its first prompt made it.
 * A change that failed or was not understood stored nothing, so it is not what the app is now.
 */
export function latestChangePrompt(events: AppEvent[]): string | null {
  let asked: string | null = null;
  let latest: string | null = null;
  for (const event of events) {
    if (event.type === 'change-requested') asked = promptOf(event);
    else if (event.type === 'version' && event.data?.source === 'prompt' && asked !== null) {
      latest = asked;
      asked = null;
    }
  }
  return latest;
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
