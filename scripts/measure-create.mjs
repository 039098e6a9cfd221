// Times POST /api/apps?wait=true until the app runs, against a running platform (`npm start`).
// Usage: node scripts/measure-create.mjs [runs=10] [backend=http://127.0.0.1:8000]
// Each app is deleted after it is timed. Prints every run, the median and the p95.
const runs = Number(process.argv[2] ?? 10);
const backend = process.argv[3] ?? 'http://127.0.0.1:8000';
const prompt = 'a recipe manager with ingredients, cooking time and a 1-5 star rating';

const timings = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const response = await fetch(`${backend}/api/apps?wait=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt }),
  });
  const app = await response.json();
  const elapsed = performance.now() - started;
  if (response.status !== 201 || app.status !== 'running') {
    console.error(`run ${i + 1}: ${response.status}`, JSON.stringify(app).slice(0, 300));
    process.exit(1);
  }
  const page = await fetch(app.url);
  timings.push(elapsed);
  console.log(`run ${String(i + 1).padStart(2)}: ${elapsed.toFixed(1)} ms (app answered ${page.status})`);
  await fetch(`${backend}/api/apps/${app.id}`, { method: 'DELETE' });
}
const sorted = [...timings].sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const mid = sorted.length / 2;
const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
console.log(
  `\nPOST /api/apps?wait=true -> running: median ${median.toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms over ${runs} runs`,
);
