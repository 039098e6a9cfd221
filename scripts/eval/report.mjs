// The evaluation's table for people and its JSON for tools, from the same results.
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function whyFailed(r) {
  if (r.failure) return r.failure;
  const parts = [];
  if (r.missing.length) parts.push(`missing: ${r.missing.join(', ')}`);
  if (r.present.length) parts.push(`still shown: ${r.present.join(', ')}`);
  if (r.problems.length) parts.push(r.problems[0]);
  if (r.probe && !r.probe.ok) parts.push(`${r.probe.name}: ${r.probe.detail}`);
  for (const f of r.followUps.filter((x) => !x.ok))
    parts.push(
      `"${f.prompt}": ${f.failure ?? [f.missing?.length ? `missing ${f.missing.join(', ')}` : '', f.present?.length ? `still shown ${f.present.join(', ')}` : '', f.recordKept === false ? 'record lost' : '', f.dark === false ? 'page not dark' : '', f.problems?.length ? f.problems[0] : ''].filter(Boolean).join('; ')}`,
    );
  return parts.join('; ');
}

const mark = (ok) => (ok ? 'yes' : 'NO');

export function summarize(results) {
  const passed = results.filter((r) => r.pass).length;
  const planTimes = results.flatMap((r) => r.planMs);
  return {
    total: results.length,
    passed,
    passRate: results.length ? passed / results.length : 0,
    medianPlanMs: median(planTimes),
    medianPromptMs: median(results.map((r) => r.elapsedMs)),
  };
}

export function formatTable(results) {
  const header = ['#', 'result', 'started', 'words', 'no errors', 'use', 'follow-ups', 'plan ms', 'prompt'];
  const rows = results.map((r, i) => [
    String(r.number ?? i + 1),
    r.pass ? 'PASS' : 'FAIL',
    mark(r.started),
    mark(r.started && r.missing.length === 0 && r.present.length === 0),
    mark(r.started && r.problems.length === 0),
    r.probe ? `${r.probe.ok ? 'yes' : 'NO'} (${r.probe.name})` : '-',
    r.followUps.length ? `${r.followUps.filter((f) => f.ok).length}/${r.followUps.length}` : '-',
    r.planMs.map((ms) => (ms === null ? '?' : String(ms))).join('+'),
    r.prompt.length > 60 ? `${r.prompt.slice(0, 57)}...` : r.prompt,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  const failures = results
    .map((r, i) => (r.pass ? null : `  ${r.number ?? i + 1}. ${whyFailed(r)}`))
    .filter(Boolean);
  const summary = summarize(results);
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `passed ${summary.passed}/${summary.total} (${Math.round(summary.passRate * 100)}%); median planning ${summary.medianPlanMs ?? '?'} ms; median prompt (create, use, follow-ups) ${summary.medianPromptMs === null ? '?' : Math.round(summary.medianPromptMs)} ms`,
    ...(failures.length ? ['', 'failures:', ...failures] : []),
  ].join('\n');
}
