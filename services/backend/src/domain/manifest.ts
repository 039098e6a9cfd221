import { MANIFEST_PATH, explainUnsafePath, type AppManifest, type FileMap } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';

function invalid(message: string): AppError {
  return new AppError({ code: 'invalid-manifest', status: 400, message });
}

/** Reads `manifest.json` and checks it names an entry file that exists in the same file set. */
export function readManifest(files: FileMap): AppManifest {
  const text = files[MANIFEST_PATH];
  if (text === undefined)
    throw invalid(
      `The app has no ${MANIFEST_PATH}; it must name the entry file, e.g. {"entry":"server.js"}.`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid(`${MANIFEST_PATH} is not valid JSON.`);
  }
  const manifest = parsed as Partial<AppManifest>;
  if (typeof manifest.entry !== 'string' || explainUnsafePath(manifest.entry)) {
    throw invalid(`${MANIFEST_PATH} must name an "entry" file inside the app, e.g. "server.js".`);
  }
  if (files[manifest.entry] === undefined) {
    throw invalid(`${MANIFEST_PATH} names "${manifest.entry}" as its entry, but there is no such file.`);
  }
  return {
    name: typeof manifest.name === 'string' ? manifest.name : 'app',
    entry: manifest.entry,
    runtime: 'node',
  };
}
