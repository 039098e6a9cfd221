// The evaluation's table for people and its JSON for tools, from the same results.
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const failedProbes = (probes = []) => probes.filter((p) => !p.ok).map((p) => `${p.name}: ${p.detail}`);

function whyFailed(r) {
  if (r.failure) return r.failure;
  if (r.rejection) return `reject: ${r.rejection.detail}`;
  const parts = [];
  if (r.missing.length) parts.push(`missing: ${r.missing.join(', ')}`);
  if (r.present.length) parts.push(`still shown: ${r.present.join(', ')}`);
  if (r.problems.length) parts.push(r.problems[0]);
  if (r.probe && !r.probe.ok) parts.push(`${r.probe.name}: ${r.probe.detail}`);
  parts.push(...failedProbes(r.probes));
  if (r.layout && !r.layout.ok) parts.push(`narrow: ${r.layout.detail}`);
  if (r.noteWordsMissing?.length) parts.push(`plan does not say: ${r.noteWordsMissing.join(', ')}`);
  for (const f of r.followUps.filter((x) => !x.ok))
    parts.push(
      `"${f.prompt}": ${f.failure ?? [f.missing?.length ? `missing ${f.missing.join(', ')}` : '', f.present?.length ? `still shown ${f.present.join(', ')}` : '', f.recordKept === false ? 'record lost' : '', f.dark === false ? 'page not dark' : '', f.problems?.length ? f.problems[0] : '', ...failedProbes(f.probes)].filter(Boolean).join('; ')}`,
    );
  return parts.join('; ');
}

const mark = (ok) => (ok ? 'yes' : 'NO');

/** The "use" column: the automatic probe, or the declared ones passed out of declared, or the refusal. */
function useCell(r) {
  if (r.rejection) return `${mark(r.rejection.ok)} (reject)`;
  if (r.probes?.length)
    return `${r.probes.filter((p) => p.ok).length}/${r.probes.length} (${r.probes.map((p) => p.name).join(',')})`;
  return r.probe ? `${mark(r.probe.ok)} (${r.probe.name})` : '-';
}

/** Lines that failed, with the reason a person can act on ("relation: no form to add a loan"). */
export function failureReasons(results) {
  return results
    .filter((r) => !r.pass)
    .map((r) => ({ id: r.id ?? r.number, category: r.category, reason: whyFailed(r) }));
}

function rate(results) {
  const passed = results.filter((r) => r.pass).length;
  return { total: results.length, passed, passRate: results.length ? passed / results.length : 0 };
}

/** Pass counts per category, in the order categories first appear. */
export function byCategory(results) {
  const groups = new Map();
  for (const r of results)
    groups.set(r.category ?? 'uncategorised', [...(groups.get(r.category ?? 'uncategorised') ?? []), r]);
  return Object.fromEntries([...groups].map(([category, rs]) => [category, rate(rs)]));
}

export function summarize(results) {
  const planTimes = results.flatMap((r) => r.planMs);
  return {
    ...rate(results),
    byCategory: byCategory(results),
    medianPlanMs: median(planTimes),
    medianPromptMs: median(results.map((r) => r.elapsedMs)),
  };
}

export function formatTable(results) {
  const header = [
    '#',
    'id',
    'result',
    'started',
    'words',
    'no errors',
    'use',
    'follow-ups',
    'plan ms',
    'prompt',
  ];
  const rows = results.map((r, i) => [
    String(r.number ?? i + 1),
    r.id ?? '-',
    r.pass ? 'PASS' : 'FAIL',
    mark(r.started),
    mark(r.started && r.missing.length === 0 && r.present.length === 0),
    mark(r.started && r.problems.length === 0),
    useCell(r),
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
    .map((r, i) => (r.pass ? null : `  ${r.number ?? i + 1}. ${r.id ? `[${r.id}] ` : ''}${whyFailed(r)}`))
    .filter(Boolean);
  const summary = summarize(results);
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...Object.entries(summary.byCategory).map(
      ([category, c]) => `${category.padEnd(16)} ${c.passed}/${c.total} (${Math.round(c.passRate * 100)}%)`,
    ),
    '',
    `passed ${summary.passed}/${summary.total} (${Math.round(summary.passRate * 100)}%); median planning ${summary.medianPlanMs ?? '?'} ms; median prompt (create, use, follow-ups) ${summary.medianPromptMs === null ? '?' : Math.round(summary.medianPromptMs)} ms`,
    ...(failures.length ? ['', 'failures:', ...failures] : []),
  ].join('\n');
}
