// @ts-check
'use strict';
// Sample records, clearly marked (sample: true) so the person sees the app working and can remove them.
const { isBlank } = require('./records.js');

/**
 * @param {import('./store.js').Store} store
 * @param {ReturnType<typeof import('./records.js').createRecordBuilder>['buildRecord']} buildRecord
 */
function createSamples(store, buildRecord) {
  /** Written on first start; a reference in a sample names the referenced sample's title. */
  function seedSamples() {
    const fresh = store.collections.filter(
      (c) => store.loadFile(c.name) === null && Array.isArray(c.samples) && c.samples.length > 0,
    );
    /** @type {Map<string, Record<string, any>[]>} */
    const pending = new Map();
    for (const c of fresh) {
      pending.set(
        c.name,
        (c.samples || []).map((s, i) => Object.assign({}, s, { id: 'sample-' + c.name + '-' + (i + 1) })),
      );
      store.holdRecords(c.name, []);
    }
    /** @param {string} name @param {unknown} title */
    const idByTitle = (name, title) => {
      const target = store.collectionOf(name);
      if (!target || isBlank(title)) return null;
      const wanted = String(title).toLowerCase();
      const pool = pending.get(name) || store.readRecords(name);
      const match = pool.find((r) => store.titleOf(target, r).toLowerCase() === wanted || r.id === title);
      return match ? match.id : null;
    };
    const now = new Date().toISOString();
    // References are checked against stored records, so every collection's samples are held in memory first.
    for (const c of fresh) {
      const rows = (pending.get(c.name) || []).map((s) => {
        const copy = Object.assign({}, s);
        for (const f of c.fields)
          if (f.type === 'reference' && f.ref) copy[f.name] = idByTitle(f.ref, s[f.name]);
        return copy;
      });
      store.holdRecords(c.name, rows);
    }
    for (const c of fresh) {
      const rows = store.readRecords(c.name).map((s) => {
        const built = buildRecord(c, s, null);
        const record = built.record;
        for (const name of Object.keys(built.errors)) record[name] = null;
        return Object.assign(record, { id: s.id, sample: true, createdAt: now, updatedAt: now });
      });
      store.writeRecords(c.name, rows);
    }
  }

  /**
   * Removes the sample records. A sample that one of the person's own records points at (their loan of
   * the sample book) is kept and becomes theirs, so no record is left pointing at nothing.
   */
  function removeSamples() {
    const samples = new Set();
    for (const c of store.collections)
      for (const r of store.readRecords(c.name)) if (r.sample === true) samples.add(r.id);
    const kept = new Set();
    // Keeping a sample can keep the samples it points at too: repeat until nothing changes.
    for (let changed = true; changed;) {
      changed = false;
      for (const c of store.collections) {
        const refs = c.fields.filter((f) => f.type === 'reference');
        for (const r of store.readRecords(c.name)) {
          if (samples.has(r.id) && !kept.has(r.id)) continue;
          for (const f of refs) {
            const target = r[f.name];
            if (samples.has(target) && !kept.has(target)) {
              kept.add(target);
              changed = true;
            }
          }
        }
      }
    }
    for (const c of store.collections) {
      const records = store.readRecords(c.name);
      if (!records.some((r) => r.sample === true)) continue;
      const next = records
        .filter((r) => r.sample !== true || kept.has(r.id))
        .map((r) => (kept.has(r.id) ? Object.assign({}, r, { sample: false }) : r));
      store.writeRecords(c.name, next);
    }
    return { removed: samples.size - kept.size, kept: kept.size };
  }

  return { seedSamples, removeSamples };
}

module.exports = { createSamples };
