// Starts the built sandbox as the current user and checks its /health: exactly the defences named in
// `--expect-off` (default: separateUser, for a normal user) are off, each with a note saying why, and a
// normal user's separateUser is reported not applicable.
//   node scripts/confinement/health-check.mjs [--expect-off a,b,c]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../services/sandbox/dist/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'isekai-health-'));
const port = 8790 + (process.pid % 100);
const child = spawn(process.execPath, [entry], {
  env: {
    PATH: process.env.PATH,
    HOME: dir,
    APPS_DIR: join(dir, 'apps'),
    SANDBOX_STATE_DIR: join(dir, 'state'),
    SANDBOX_PORT: String(port),
    APP_PORT_MIN: '9990',
    APP_PORT_MAX: '9999',
    ISEKAI_SERVICE_TOKEN: 'health-check-token-0123456789',
    LOG_LEVEL: 'warn',
    // The host trial may take as long as an app start: a slow machine (a VM) sets more.
    START_TIMEOUT_MS: process.env.START_TIMEOUT_MS ?? '10000',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

async function health() {
  for (let attempt = 0; attempt < 1800; attempt++) {
    const body = await fetch(`http://127.0.0.1:${port}/health`)
      .then((response) => response.json())
      .catch(() => null);
    if (body) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the sandbox did not answer /health');
}

const at = process.argv.indexOf('--expect-off');
const root = process.getuid() === 0;
const expectedOff = (at > 0 ? process.argv[at + 1] : root ? 'userNamespace' : 'separateUser')
  .split(',')
  .sort();
let failed = false;
try {
  const { defences, notes } = await health();
  console.log(`uid ${process.getuid()}: defences ${JSON.stringify(defences)}`);
  for (const note of notes) {
    console.log(`  ${note.defence}: ${note.status}: ${note.why}${note.fix ? ` -> fix: ${note.fix}` : ''}`);
  }
  const off = Object.keys(defences)
    .filter((name) => !defences[name])
    .sort();
  // A root sandbox's userNamespace is off by design (it gives each app a uid instead): no note for it.
  const unexplained = off.filter(
    (name) => name !== 'userNamespace' && !notes.some((n) => n.defence === name),
  );
  const separateUser = notes.find((note) => note.defence === 'separateUser');
  if (off.join() !== expectedOff.join()) {
    console.error(`expected off: ${expectedOff.join(', ')}; off: ${off.join(', ')}`);
    failed = true;
  }
  if (unexplained.length > 0) {
    console.error(`off without a note in /health: ${unexplained.join(', ')}`);
    failed = true;
  }
  if (!root && separateUser?.status !== 'not-applicable') {
    console.error("a normal user's separateUser must be reported not applicable");
    failed = true;
  }
  if (!failed) console.log(`ok - uid ${process.getuid()}: off exactly ${off.join(', ') || 'nothing'}`);
} finally {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
