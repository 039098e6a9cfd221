/** A generated app's files: relative POSIX path -> UTF-8 content. */
export type FileMap = Record<string, string>;

/** Path -> new content, or null for a file that is not there: how one set of files becomes another. */
export type FilePatch = Record<string, string | null>;

/** What turns `from` into `to`: only the paths whose content differs (null where `to` has no such file). */
export function diffFiles(from: FileMap, to: FileMap): FilePatch {
  const patch: FilePatch = {};
  for (const path of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (from[path] !== to[path]) patch[path] = to[path] ?? null;
  }
  return patch;
}

/** `files` with `patch` applied: a string writes the file, null removes it. */
export function patchFiles(files: FileMap, patch: FilePatch): FileMap {
  const next: FileMap = { ...files };
  for (const [path, content] of Object.entries(patch)) {
    if (content === null) delete next[path];
    else next[path] = content;
  }
  return next;
}

/** `manifest.json` at the root of every generated app. */
export interface AppManifest {
  name: string;
  entry: string;
  runtime: 'node';
}

export const MANIFEST_PATH = 'manifest.json';

/** Directory inside an app that holds its own records; it survives redeploys and is never part of a version. */
export const APP_DATA_DIR = 'data';

export const FILE_LIMITS = {
  maxFiles: 200,
  maxFileBytes: 1024 * 1024,
  maxTotalBytes: 5 * 1024 * 1024,
  maxPathLength: 200,
} as const;

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.@+-]*$/;

/**
 * Why a file path from a planner or a person cannot be written, or null when it is safe:
 * relative, POSIX separators, no `..`, no hidden or empty segments, nothing under `data/`.
 */
export function explainUnsafePath(path: string): string | null {
  if (path.length === 0 || path.length > FILE_LIMITS.maxPathLength) {
    return `a file path must be 1 to ${FILE_LIMITS.maxPathLength} characters`;
  }
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
    return `"${path}" is absolute; use a path inside the app`;
  if (path.includes('\\')) return `"${path}" uses a backslash; use "/" between folders`;
  const segments = path.split('/');
  if (segments.includes('..')) return `"${path}" leaves the app's folder with ".."`;
  if (segments.some((s) => !SEGMENT.test(s))) {
    return `"${path}" has an empty, hidden or unusual folder or file name (letters, digits, "_", "-", "." only)`;
  }
  if (segments[0] === APP_DATA_DIR) return `"${path}" is inside data/, which belongs to the running app`;
  return null;
}
