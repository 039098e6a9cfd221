// Runs inside the test VM (cgroup v2 only): starts the built sandbox as the current user and checks,
// against the kernel's own files, that the v2 driver works out of the box: the sandbox freed its group
// by moving its processes into a leaf, each app's group carries memory.max, memory.swap.max, cpu.max and
// pids.max, a busy loop is throttled by cpu.max, a memory hog is OOM-killed and reported as
// `memory-limit` (counted from memory.events: the watchdog is slowed down so only the kernel acts), and
// a fork bomb never forks. Prints one `ok`/`not ok` line per check; exits 1 on any failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../services/sandbox/dist/index.js', import.meta.url));
const TOKEN = 'vm-check-token-0123456789abcdef';
const MAX_PROCESSES = 48;
const root = process.getuid() === 0;
const label = root ? 'root' : `uid ${process.getuid()}`;
let failures = 0;

function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok' : 'not ok'} - ${label}: ${name}${detail ? ` (${detail})` : ''}`);
  if (!ok) failures++;
}

const dir = mkdtempSync(join(tmpdir(), 'isekai-vm-'));
const port = 8300 + (process.getuid() % 100);
const sandbox = spawn(process.execPath, [entry], {
  env: {
    PATH: process.env.PATH,
    HOME: dir,
    APPS_DIR: join(dir, 'apps'),
    SANDBOX_STATE_DIR: join(dir, 'state'),
    SANDBOX_PORT: String(port),
    APP_PORT_MIN: '9100',
    APP_PORT_MAX: '9110',
    ISEKAI_SERVICE_TOKEN: TOKEN,
    LOG_LEVEL: 'warn',
    // Software emulation is slow: generous start times; the watchdog only every minute, so the memory
    // kill below can only be the kernel's.
    START_TIMEOUT_MS: '150000',
    WATCHDOG_INTERVAL_MS: '60000',
    MAX_PROCESSES: String(MAX_PROCESSES),
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

async function call(method, path, body) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(200_000),
  });
  return response.json();
}

async function waitFor(probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const server = (before, handler = "res.end('ok')") =>
  `${before}\nrequire('node:http').createServer((req, res) => { ${handler} }).listen(Number(process.env.PORT));`;

function deploy(id, source, limits) {
  return call('PUT', `/v1/apps/${id}`, {
    files: { 'server.js': source, 'manifest.json': '{"name":"vm","entry":"server.js","runtime":"node"}' },
    entry: 'server.js',
    limits: { timeoutMs: 300_000, ...limits },
  });
}

/** The v2 group of a process, as /sys/fs/cgroup/<path>. */
function groupOf(pid) {
  const line = readFileSync(`/proc/${pid}/cgroup`, 'utf8')
    .trim()
    .split('\n')
    .find((l) => l.startsWith('0::'));
  return join('/sys/fs/cgroup', line.slice(3));
}

const read = (file) => readFileSync(file, 'utf8').trim();
const key = (file, name) =>
  Number(
    read(file)
      .split('\n')
      .find((l) => l.startsWith(`${name} `))
      ?.split(' ')[1],
  );

try {
  const health = await waitFor(() => call('GET', '/health'), 180_000);
  if (!health) throw new Error('the sandbox did not answer /health');
  const off = Object.keys(health.defences).filter((name) => !health.defences[name]);
  const expectedOff = root ? ['userNamespace'] : ['separateUser'];
  check(
    '/health: every defence that applies is on',
    off.join() === expectedOff.join(),
    `off: ${off.join(', ')}`,
  );
  if (!root) {
    const note = health.notes.find((n) => n.defence === 'separateUser');
    check('/health: separateUser is reported not applicable', note?.status === 'not-applicable');
  }
  const own = groupOf(sandbox.pid);
  check("the sandbox lives in its group's leaf", own.endsWith('/isekai-leaf'), own);
  const base = join(own, '..');
  check('its group holds no process of its own', read(join(base, 'cgroup.procs')) === '');
  check(
    'its group hands memory, cpu and pids down',
    /memory/.test(read(join(base, 'cgroup.subtree_control'))) &&
      /cpu/.test(read(join(base, 'cgroup.subtree_control'))) &&
      /pids/.test(read(join(base, 'cgroup.subtree_control'))),
  );

  const [busy, hog, bomb] = await Promise.all([
    deploy('vmbusy000000', server('setTimeout(() => { for (;;) {} }, 200);'), {
      memoryMb: 96,
      cpuPercent: 20,
    }),
    deploy(
      'vmhog0000000',
      server(
        'const kept = []; setTimeout(() => setInterval(() => kept.push(Buffer.alloc(8 * 1024 * 1024, 1)), 20), 200);',
      ),
      { memoryMb: 64, cpuPercent: 50 },
    ),
    deploy(
      'vmbomb000000',
      server(
        '',
        `const seen = new Set(); for (let i = 0; i < 20; i++) { try { require('node:child_process').spawn(process.execPath, ['-e', '1']); seen.add('spawned'); } catch (error) { seen.add(error.code); } } res.end(JSON.stringify([...seen]));`,
      ),
      { memoryMb: 64, cpuPercent: 50 },
    ),
  ]);

  check(
    'a busy app starts',
    busy.status === 'running',
    busy.status === 'running' ? '' : JSON.stringify(busy).slice(0, 300),
  );
  if (busy.status === 'running') {
    const group = groupOf(busy.pid);
    check('memory.max is the app limit', read(join(group, 'memory.max')) === String(96 * 1024 * 1024));
    const swap = join(group, 'memory.swap.max');
    check(
      'memory.swap.max is 0',
      !existsSync(swap) || read(swap) === '0',
      existsSync(swap) ? read(swap) : 'no swap controller',
    );
    check(
      'cpu.max is 20 % of one core',
      read(join(group, 'cpu.max')) === '20000 100000',
      read(join(group, 'cpu.max')),
    );
    check('pids.max is MAX_PROCESSES', read(join(group, 'pids.max')) === String(MAX_PROCESSES));
    const throttled = await waitFor(
      async () =>
        key(join(group, 'cpu.stat'), 'nr_throttled') > 3 && key(join(group, 'cpu.stat'), 'nr_throttled'),
      60_000,
    );
    check(
      'the kernel throttles the busy loop',
      throttled !== null,
      `nr_throttled ${key(join(group, 'cpu.stat'), 'nr_throttled')}`,
    );
    const state = await call('GET', '/v1/apps/vmbusy000000');
    check('and it keeps running', state.status === 'running', state.status);
  }

  const killed = await waitFor(async () => {
    const state = await call('GET', '/v1/apps/vmhog0000000');
    return ['killed', 'exited', 'failed'].includes(state.status) && state;
  }, 120_000);
  check(
    'a memory hog is killed for its memory limit (the kernel OOM kill, from memory.events)',
    killed?.exit?.reason === 'memory-limit',
    JSON.stringify(killed?.exit ?? hog.status),
  );

  check(
    'the fork bomb app starts',
    bomb.status === 'running',
    bomb.status === 'running' ? '' : JSON.stringify(bomb).slice(0, 300),
  );
  if (bomb.status === 'running') {
    const seen = await fetch(`http://127.0.0.1:${bomb.port}/`, { signal: AbortSignal.timeout(60_000) }).then(
      (r) => r.json(),
    );
    check('a fork bomb never forks', !seen.includes('spawned'), seen.join());
    const group = groupOf(bomb.pid);
    check(
      'its group has no more tasks than pids.max',
      Number(read(join(group, 'pids.current'))) <= MAX_PROCESSES,
    );
  }
} catch (error) {
  check('the checks ran', false, error.message);
} finally {
  sandbox.kill();
}
process.exit(failures > 0 ? 1 : 0);
