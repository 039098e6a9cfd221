// One set of rows for the terminal table and the Markdown page, each with its target from issue 6.
import { round } from './stats.mjs';

const ms = (value) => (value === null || value === undefined ? '–' : `${round(value)} ms`);
const mb = (value) => (value === null || value === undefined ? '–' : `${round(value)} MB`);

function rows(r) {
  const c = r.create;
  const d = r.density;
  const i = r.isolation;
  return [
    [
      'prompt → running (POST ?wait=true)',
      `median ${ms(c.total.median)}, p95 ${ms(c.total.p95)}`,
      '< 300 ms',
    ],
    ['  plan', `median ${ms(c.parts.plan.median)}, p95 ${ms(c.parts.plan.p95)}`, ''],
    ['  store', `median ${ms(c.parts.store.median)}, p95 ${ms(c.parts.store.p95)}`, ''],
    [
      '  deploy (sandbox start included)',
      `median ${ms(c.parts.deploy.median)}, p95 ${ms(c.parts.deploy.p95)}`,
      '',
    ],
    ['  first answer', `median ${ms(c.parts.firstAnswer.median)}, p95 ${ms(c.parts.firstAnswer.p95)}`, ''],
    ['sandbox deploy → first answer, isolated', `median ${ms(i.isolated.startMedianMs)}`, '< 100 ms'],
    ['same, bare node', `median ${ms(i.bare.startMedianMs)}`, ''],
    ['isolated / bare start', `${i.startRatio}×`, '≤ 2×'],
    ['limited apps running at once', `${d.started} (stopped by ${d.stoppedBy})`, '≥ 300'],
    ['PSS per idle app', `median ${mb(d.pssMb.median)}, p95 ${mb(d.pssMb.p95)}`, '< 25 MB'],
    ['private memory per idle app', `median ${mb(d.privateMb.median)}`, ''],
    [
      'GET /health with all running',
      `p50 ${ms(d.healthMs.median)}, p99 ${ms(d.healthMs.p99)} (${d.healthOk} ok)`,
      '',
    ],
    ['processes left after deleting all', String(d.leftoverProcesses), '0'],
    [
      'GET /api/apps',
      `${r.api.list.requestsPerSecond} req/s, p50 ${r.api.list.latencyMs.p50} ms, p99 ${r.api.list.latencyMs.p99} ms`,
      '',
    ],
    [
      'GET /api/apps/:id',
      `${r.api.get.requestsPerSecond} req/s, p50 ${r.api.get.latencyMs.p50} ms, p99 ${r.api.get.latencyMs.p99} ms`,
      '',
    ],
    [
      'bare Express hello-world',
      `${r.api.bareExpress.requestsPerSecond} req/s, p50 ${r.api.bareExpress.latencyMs.p50} ms`,
      '',
    ],
    ['API / bare Express (list, get)', `${r.api.ratio.list}×, ${r.api.ratio.get}×`, 'close to 1×'],
    [
      "  hello-world behind the backend's middleware",
      `${r.api.ladder.withMiddleware.requestsPerSecond} req/s (${r.api.ratio.middleware}× bare)`,
      '',
    ],
    [
      '  … and express-validator on an app id',
      `${r.api.ladder.withValidation.requestsPerSecond} req/s (${r.api.ratio.middlewareAndValidation}× bare)`,
      '',
    ],
    [
      `bare Express, the same ${round(r.api.listBodyBytes / 1024)} KB list body`,
      `${r.api.bareExpressSameListBody.requestsPerSecond} req/s (list / it: ${r.api.ratio.listToSameBody}×)`,
      '',
    ],
    [
      "  … behind the middleware and the list's query check",
      `${r.api.ladder.sameBodyValidated.requestsPerSecond} req/s (list / it: ${r.api.ratio.listToSameBodyValidated}×)`,
      '',
    ],
    ...r.growth.flatMap((level) => [
      [
        `${level.storedApps} stored apps: prompt → running`,
        `median ${ms(level.createMs.median)}, p95 ${ms(level.createMs.p95)}`,
        '',
      ],
      [
        '  GET /api/apps (first page, deep page, status filter)',
        `median ${ms(level.listFirstPageMs.median)}, ${ms(level.listDeepPageMs.median)}, ${ms(level.listStatusMs.median)}; ` +
          `p95 ${ms(level.listFirstPageMs.p95)}, ${ms(level.listDeepPageMs.p95)}, ${ms(level.listStatusMs.p95)}`,
        '',
      ],
    ]),
  ];
}

export function renderTable(results) {
  const all = [['measure', 'figure', 'target'], ...rows(results)];
  const widths = [0, 1, 2].map((col) => Math.max(...all.map((row) => row[col].length)));
  return all.map((row) => row.map((cell, col) => cell.padEnd(widths[col])).join('  ')).join('\n');
}

/** What bounds the API figures, computed from this run's rows so the text cannot go stale. */
function readingApiRows(api, cores) {
  const share = (a, b) => Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(2));
  const getShare = share(api.get, api.ladder.withValidation);
  return `Reading the API rows: the backend's middleware alone keeps ${api.ratio.middleware}× of a bare hello-world, and the
express-validator check that every route runs (a house rule: every endpoint validates its input with it) brings the
hello-world to ${api.ratio.middlewareAndValidation}×. \`GET /api/apps/:id\` reaches ${getShare}× of that last rung: ${
    getShare >= 0.9
      ? 'reading the app (a cached row and plan) and its 1 KB answer cost little beyond it'
      : 'the rest is reading the app and building its answer'
  }. The list answers
${round(api.listBodyBytes / 1024)} KB (20 apps with their plans): bare Express serializing that same body reaches
${share(api.bareExpressSameListBody, api.bareExpress)}× of its hello-world; behind the middleware and the list's query check it reaches
${share(api.ladder.sameBodyValidated, api.bareExpress)}×, and the list itself ${api.ratio.listToSameBodyValidated}× of that rung: what is left is reading 20 apps
and building their answers. The load generator shares the
machine's ${cores} cores with the server in every row.`;
}

/** How the costs grew, from the smallest to the largest store of this run. */
function readingGrowth(growth) {
  const [first, last] = [growth[0], growth.at(-1)];
  if (!first || !last || first === last) return '';
  const times = (a, b) => (a === null || b === null ? '–' : `${(b / a).toFixed(2)}×`);
  return `Reading the growth rows: from ${first.storedApps} to ${last.storedApps} stored apps, prompt → running changed by
${times(first.createMs.median, last.createMs.median)} (median), the first page of the list by ${times(first.listFirstPageMs.median, last.listFirstPageMs.median)}, the oldest page by
${times(first.listDeepPageMs.median, last.listDeepPageMs.median)} and the status filter by ${times(first.listStatusMs.median, last.listStatusMs.median)}. Filling the store to ${last.storedApps} took
${last.fillSeconds} s for the last step.`;
}

export function renderMarkdown(results) {
  const { machine, options } = results;
  const table = rows(results)
    .map(([measure, figure, target]) => `| ${measure.replace(/^ {2}/, '— ')} | ${figure} | ${target} |`)
    .join('\n');
  return `# Benchmarks

Measured by \`${machine.command}\` on ${machine.date.slice(0, 10)}: ${machine.cores} cores, ${machine.memoryGb} GiB,
Node ${machine.node}, every figure from one run (medians and percentiles over that run's samples; ratios
against a baseline measured in the same run). The machine is shared and noisy: compare ratios, and
compare runs through the JSON files in \`bench-results/\`.

| measure | figure | target |
| --- | --- | --- |
${table}

${readingApiRows(results.api, machine.cores)}

${readingGrowth(results.growth)}

How each figure is taken:
- **Prompt → running**: ${options.runs} times \`POST /api/apps?wait=true\` with a recipe-manager prompt (offline engine),
  timed by the client until the answer, plus the first \`GET /\` of the app. The parts come from the app's own event
  timestamps: plan = created → planned, store = planned → version stored, deploy = version → running.
- **Sandbox deploy → first answer**: \`services/sandbox/bench/isolation-cost.mjs\`: the same trivial app deployed
  through the sandbox with every isolation layer, and with \`SANDBOX_ISOLATION=off\` (plain \`node\`), alternating.
- **Density**: apps created through the public API until ${options.cap} or until available memory would fall under
  2 GiB; after 3 s idle, PSS and private memory of each app's process tree from \`/proc/<pid>/smaps_rollup\`
  (PSS shares the Node binary's pages among the processes that map them; RSS would count them in every app);
  then 200 sequential \`GET /health\`; then every app deleted and its processes checked gone.
- **API**: autocannon, ${options.load.connections} connections for ${options.load.durationSeconds} s per endpoint, against the backend with the
  density run's apps deleted and 20 stored (a full first page); the same against an Express hello-world started in the same run,
  and against the same Express answering the very list body the API returned (serialized on each request), which tells the
  payload's own cost from Isekai's. The ladder puts the hello-world behind the backend's own middleware (request id and log
  line, JSON parser, CORS, helmet), then adds the express-validator check every \`/api/apps/:id\` route runs, and serves the
  list body behind the middleware and the list's own query check.
- **Growth**: a platform of its own, filled through the public API (${options.growth.concurrency} at a time; each app created,
  then stopped) to ${options.growth.levels.join(', ')} stored apps; at each level ${options.growth.createRuns} prompt → running
  runs (each stopped afterwards, so it stays stored), then ${options.growth.listSamples} sequential requests each for the first page
  of \`GET /api/apps\`, the oldest full page (through its cursor) and \`?status=stopped\`.
`;
}
