import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

const MODULE_SYNTAX =
  /Cannot use import statement|Unexpected token 'export'|import\.meta|await is only valid/;

/** `node --check` on a temporary .mjs copy: vm.Script cannot parse ES modules without a flag. */
async function checkAsModule(source: string): Promise<string | null> {
  const dir = await mkdtemp(join(tmpdir(), 'isekai-check-'));
  try {
    const file = join(dir, 'file.mjs');
    await writeFile(file, source);
    return await new Promise((resolve) => {
      execFile(process.execPath, ['--check', file], { timeout: 10_000 }, (error, _stdout, stderr) => {
        if (!error) return resolve(null);
        const line = stderr.split('\n').find((l) => /Error/.test(l)) ?? 'does not parse';
        const where = /file\.mjs:(\d+)/.exec(stderr)?.[1];
        resolve(`${line.trim()}${where ? ` (line ${where})` : ''}`);
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function lineOf(error: Error): string {
  const match = /:(\d+)\s*$/m.exec(error.stack?.split('\n')[0] ?? '');
  return match ? ` (line ${match[1]})` : '';
}

/** Why a JavaScript file does not parse, or null. Scripts parse in-process; modules with node --check. */
export async function explainSyntax(path: string, source: string): Promise<string | null> {
  if (path.endsWith('.mjs')) return checkAsModule(source);
  try {
    new Script(source, { filename: path });
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxError)) return null;
    if (MODULE_SYNTAX.test(error.message)) return checkAsModule(source);
    return `${error.name}: ${error.message}${lineOf(error)}`;
  }
}
