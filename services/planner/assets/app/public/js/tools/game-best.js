// @ts-check
// A game's best result: every finished round kept as a record of the collection named by
// `options.scores` (a shared collection tells games apart by its `game` field), the best of those and of
// this visit's rounds.

/**
 * @param {import('../sections/section-context.js').SectionContext} ctx
 * @param {Record<string, any>} options
 * @param {{ id: string, lowerIsBetter?: boolean, field?: string }} setup
 */
export function keepBest(ctx, options, setup) {
  const collection = typeof options.scores === 'string' ? options.scores : '';
  const stored = () => Boolean(collection && ctx.store.collection(collection));
  const field = setup.field || 'score';
  const shared = () => Boolean(ctx.store.collection(collection)?.fields.some((f) => f.name === 'game'));
  const better = (/** @type {number} */ a, /** @type {number} */ b) => (setup.lowerIsBetter ? a < b : a > b);
  /** @type {number | null} */
  let sessionBest = null;

  function storedBest() {
    if (!stored()) return null;
    const scores = ctx.store
      .list(collection)
      .filter((r) => (!shared() || r.game === setup.id) && typeof r[field] === 'number')
      .map((r) => /** @type {number} */ (r[field]));
    if (scores.length === 0) return null;
    return setup.lowerIsBetter ? Math.min(...scores) : Math.max(...scores);
  }

  /** @returns {number | null} */
  function best() {
    const kept = storedBest();
    if (kept === null) return sessionBest;
    if (sessionBest === null) return kept;
    return better(sessionBest, kept) ? sessionBest : kept;
  }

  /**
   * A finished round, kept (every result, so a person can see them); resolves once saved.
   * @param {number} value @param {Record<string, unknown>} [extra]
   */
  function keep(value, extra) {
    if (sessionBest === null || better(value, sessionBest)) sessionBest = value;
    if (!stored()) return Promise.resolve();
    /** @type {Record<string, unknown>} */
    const record = Object.assign(
      { [field]: value, date: new Date().toISOString().slice(0, 10) },
      extra || {},
    );
    if (shared()) record.game = setup.id;
    return ctx.store.save(collection, null, record);
  }

  return { best, keep };
}
