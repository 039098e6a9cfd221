import { explainBadFileMap, MANIFEST_PATH, type AppManifest, type FileMap } from '@isekai/contracts';
import { explainModule, modulesLoadedBy } from './allowed-modules.js';
import { explainSyntax } from './js-syntax.js';

const JS_FILE = /\.(c|m)?js$/;
/** Files a browser loads; everything else that is JavaScript runs in Node. */
const BROWSER_DIR = /^(public|static|www|assets|client)\//;
/** Scripts and stylesheets from other sites never load: apps have no network (links to read are fine). */
const EXTERNAL_URL = /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i;

export interface CheckedFiles {
  files: FileMap;
  entry: string;
  problems: string[];
  /** What the checks changed on their own (a manifest added), for the plan's notes. */
  fixes: string[];
}

function readManifest(files: FileMap, title: string, problems: string[], fixes: string[]): string {
  const raw = files[MANIFEST_PATH];
  if (raw === undefined) {
    // A missing manifest is the one omission we can fill in without guessing at the model's intent.
    files[MANIFEST_PATH] =
      `${JSON.stringify({ name: title, entry: 'server.js', runtime: 'node' } satisfies AppManifest, null, 2)}\n`;
    fixes.push('Added manifest.json with entry server.js.');
    return 'server.js';
  }
  try {
    const manifest = JSON.parse(raw) as Partial<AppManifest>;
    if (typeof manifest.entry !== 'string')
      problems.push('manifest.json needs "entry": the server file, e.g. "server.js"');
    if (manifest.runtime !== undefined && manifest.runtime !== 'node')
      problems.push('manifest.json "runtime" must be "node"');
    return typeof manifest.entry === 'string' ? manifest.entry : 'server.js';
  } catch {
    problems.push('manifest.json is not valid JSON');
    return 'server.js';
  }
}

async function checkJs(path: string, source: string, problems: string[]): Promise<void> {
  const syntax = await explainSyntax(path, source);
  if (syntax) problems.push(`${path} does not parse: ${syntax}`);
  if (BROWSER_DIR.test(path)) {
    if (/\bimport\s[^;]*['"]https?:/.test(source))
      problems.push(`${path} imports from the internet; apps have no network, ship the code with the app`);
    return;
  }
  for (const specifier of modulesLoadedBy(source)) {
    const problem = explainModule(specifier);
    if (problem) problems.push(`${path}: ${problem}`);
  }
}

/** Everything Isekai can know about an answer before it runs: paths, sizes, manifest, syntax, modules. */
export async function checkFiles(input: FileMap, title: string): Promise<CheckedFiles> {
  const files = { ...input };
  const problems: string[] = [];
  const fixes: string[] = [];
  const entry = readManifest(files, title, problems, fixes);
  const shape = explainBadFileMap(files, { allowNull: false });
  if (shape) problems.push(shape);
  const source = files[entry];
  if (source === undefined) problems.push(`the entry file ${entry} is missing`);
  else if (!/process\.env\.PORT|process\.env\[['"]PORT['"]\]/.test(source))
    problems.push(`${entry} must listen on process.env.PORT`);
  for (const [path, content] of Object.entries(files)) {
    if (JS_FILE.test(path)) await checkJs(path, content, problems);
    if (/\.html?$/.test(path) && EXTERNAL_URL.test(content))
      problems.push(`${path} loads a file from another site; apps have no network, serve it from the app`);
  }
  return { files, entry, problems, fixes };
}
