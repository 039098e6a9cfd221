// The probes a prompt line declares ("probes": [{"type": "relation", ...}]), each run with a time limit
// so one stuck page cannot hang the run. The automatic probes (probes.mjs) judge lines that declare none.
import { calcProbe, toolAnswerProbe } from './probes/answer.mjs';
import { colorsProbe } from './probes/colors.mjs';
import { computedProbe } from './probes/computed.mjs';
import { formProbe } from './probes/form.mjs';
import { declaredGameProbe } from './probes/game.mjs';
import { navProbe } from './probes/nav.mjs';
import { relationProbe } from './probes/relation.mjs';

export const PROBE_TIMEOUT_MS = 60_000;

/** Each kind with the fields its declaration must have. */
export const PROBE_KINDS = {
  relation: { run: relationProbe, needs: ['parent', 'child'] },
  computed: { run: computedProbe, needs: ['collection', 'inputs', 'expect'] },
  nav: { run: navProbe, needs: ['pages'] },
  form: { run: formProbe, needs: ['form'] },
  colors: { run: colorsProbe, needs: [] },
  calc: { run: calcProbe, needs: ['inputs', 'expect'] },
  tool: { run: toolAnswerProbe, needs: ['inputs', 'expect'] },
  game: { run: declaredGameProbe, needs: [] },
};

/** What is wrong with a declaration, or null: an unknown kind, a missing field, a check that cannot fail. */
export function declarationProblem(probe) {
  const kind = PROBE_KINDS[probe?.type];
  if (!kind) return `unknown probe type ${JSON.stringify(probe?.type)}`;
  const missing = kind.needs.filter((k) => probe[k] === undefined);
  if (missing.length) return `${probe.type} probe without ${missing.join(', ')}`;
  if (probe.type === 'colors' && !probe.background && !probe.header && !probe.components)
    return 'colors probe names no colour';
  if (probe.type === 'nav' && !probe.pages.length) return 'nav probe without pages';
  // An answer that is one of the typed inputs would be "found" without the app doing anything.
  if (
    probe.expect !== undefined &&
    Object.values(probe.inputs ?? {}).some((v) => String(v).includes(String(probe.expect)))
  )
    return `${probe.type} probe expects ${probe.expect}, which is typed in as an input`;
  return null;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one declaration; never throws: a broken page or a timeout is a failed probe with its reason. */
export async function runDeclaredProbe(page, url, probe, { timeoutMs = PROBE_TIMEOUT_MS } = {}) {
  const problem = declarationProblem(probe);
  if (problem) return { name: probe?.type ?? '?', ok: false, detail: problem };
  try {
    const outcome = await withTimeout(
      PROBE_KINDS[probe.type].run(page, url, probe),
      timeoutMs,
      `${probe.type} probe`,
    );
    return { name: probe.type, ...outcome };
  } catch (error) {
    return {
      name: probe.type,
      ok: false,
      detail: `error: ${String(error?.message ?? error).split('\n')[0]}`,
    };
  }
}

export async function runDeclaredProbes(page, url, probes = [], options) {
  const results = [];
  for (const probe of probes) results.push(await runDeclaredProbe(page, url, probe, options));
  return results;
}
