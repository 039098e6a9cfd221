import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import type { Bind } from './layers/read-only-view.layer.js';

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 30_000 }, (error, stdout) =>
      error ? reject(new Error(error.message)) : resolve(stdout),
    );
  });
}

/** The shared libraries `ldd` lists for a binary, as absolute paths the dynamic loader will look for. */
async function sharedLibraries(binary: string): Promise<string[]> {
  const output = await run('ldd', [binary]);
  return output
    .split('\n')
    .map((line) => /(\/\S+) \(0x/.exec(line)?.[1])
    .filter((path): path is string => path !== undefined);
}

/**
 * What an app's view needs to run the given binaries and nothing more: each binary and each library it
 * links, bound read-only at the path the loader expects (the real file behind any symlink as source).
 */
export async function runtimeBinds(binaries: string[]): Promise<Bind[]> {
  const targets = new Set<string>();
  for (const binary of binaries) {
    targets.add(binary);
    for (const library of await sharedLibraries(binary)) targets.add(library);
  }
  return Promise.all([...targets].map(async (target) => ({ source: await realpath(target), target })));
}
