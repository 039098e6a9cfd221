// Section 4: what the API sustains. autocannon drives GET /api/apps and GET /api/apps/:id, then a bare
// Express started in the same run, so the ratio compares like with like on this machine: against its
// hello-world (the figure issue 6 asks for) and against the very same list body (the payload's own cost).
// A ladder (hello-world behind the backend's middleware, then with express-validator) shows what bounds
// the rest.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

async function load(url, { connections, durationSeconds }) {
  const result = await autocannon({ url, connections, duration: durationSeconds });
  const ok = result['2xx'];
  return {
    requestsPerSecond: Math.round(ok / durationSeconds),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function startBaseline(mode, bodyFile) {
  const script = fileURLToPath(new URL('./bare-express.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, mode, bodyFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = await once(child.stdout, 'data');
  return { url: `http://127.0.0.1:${String(chunk).trim()}`, stop: () => child.kill('SIGTERM') };
}

const ratio = (a, b) => Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(2));

export async function measureApi(backendUrl, options) {
  const listText = await fetch(`${backendUrl}/api/apps`).then((r) => r.text());
  const id = JSON.parse(listText).apps[0]?.id;
  if (!id) throw new Error('section 4 needs at least one stored app');
  const list = await load(`${backendUrl}/api/apps`, options);
  const one = await load(`${backendUrl}/api/apps/${id}`, options);
  const dir = mkdtempSync(join(tmpdir(), 'isekai-bench-'));
  const bodyFile = join(dir, 'list.json');
  writeFileSync(bodyFile, listText);
  const bare = await startBaseline('bare', bodyFile);
  const kit = await startBaseline('kit', bodyFile);
  try {
    const baseline = await load(`${bare.url}/`, options);
    const sameBody = await load(`${bare.url}/same-body`, options);
    const withMiddleware = await load(`${kit.url}/`, options);
    const withValidation = await load(`${kit.url}/validated/abcdef012345`, options);
    const sameBodyValidated = await load(`${kit.url}/validated-list`, options);
    return {
      listBodyBytes: Buffer.byteLength(listText),
      list,
      get: one,
      bareExpress: baseline,
      bareExpressSameListBody: sameBody,
      ladder: { withMiddleware, withValidation, sameBodyValidated },
      ratio: {
        list: ratio(list, baseline),
        get: ratio(one, baseline),
        listToSameBody: ratio(list, sameBody),
        listToSameBodyValidated: ratio(list, sameBodyValidated),
        middleware: ratio(withMiddleware, baseline),
        middlewareAndValidation: ratio(withValidation, baseline),
      },
    };
  } finally {
    bare.stop();
    kit.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
