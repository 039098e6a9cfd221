// @ts-check
// The records of every collection, loaded from the server and kept here so that computed fields,
// lookups and rollups see all of them. Sections subscribe and redraw when anything changes.
import { api } from './api.js';
import { todayIso, withComputed } from './formula.mjs';
import { referrersMessage } from './integrity.mjs';

/** @typedef {import('./formula.mjs').Collection} Collection */
/** @typedef {import('./formula.mjs').Field} Field */

/** @param {{ collections: Collection[] }} spec */
export function createStore(spec) {
  /** @type {Record<string, Record<string, any>[]>} */
  let records = {};
  let signature = '';
  /** @type {Set<() => void>} */
  const listeners = new Set();

  /** @param {string} name */
  const collection = (name) => spec.collections.find((c) => c.name === name);

  function context() {
    return {
      collections: spec.collections,
      records: (/** @type {string} */ n) => records[n] || [],
      today: todayIso(),
    };
  }

  /** Reloads everything; listeners hear of it only when something changed. */
  async function refresh() {
    const lists = await Promise.all(spec.collections.map((c) => api('GET', '/api/' + c.name)));
    const next = Object.fromEntries(spec.collections.map((c, i) => [c.name, lists[i] || []]));
    const nextSignature = JSON.stringify(next);
    if (nextSignature === signature) return;
    records = next;
    signature = nextSignature;
    listeners.forEach((fn) => fn());
  }

  /** @param {Collection} c */
  function titleField(c) {
    const named = c.titleField && c.fields.find((f) => f.name === c.titleField);
    return named || c.fields.find((f) => f.type === 'text') || c.fields[0];
  }

  return {
    spec,
    collection,
    refresh,
    titleField,
    /** Records of a collection with their computed fields. @param {string} name */
    list(name) {
      const c = collection(name);
      if (!c) return [];
      const ctx = context();
      return (records[name] || []).map((r) => withComputed(c, r, ctx));
    },
    /** @param {string} name @param {string} id */
    find(name, id) {
      const c = collection(name);
      const record = (records[name] || []).find((r) => r.id === id);
      return c && record ? withComputed(c, record, context()) : null;
    },
    /** @param {Collection} c @param {Record<string, any>} record */
    titleOf(c, record) {
      const field = titleField(c);
      // A record named by a reference (a loan by its book) reads as the referenced record's title.
      const value =
        field && field.type === 'reference'
          ? this.refTitle(field, record[field.name])
          : field
            ? record[field.name]
            : null;
      return value === null || value === undefined || value === ''
        ? 'Untitled ' + c.label.toLowerCase()
        : String(value);
    },
    /** The title of the record a reference points at, or '' when it points nowhere. @param {Field} field @param {unknown} id */
    refTitle(field, id) {
      const target = field.ref ? collection(field.ref) : undefined;
      const record = target && (records[target.name] || []).find((r) => r.id === id);
      return target && record ? this.titleOf(target, record) : '';
    },
    context,
    hasSamples() {
      return Object.values(records).some((list) => list.some((r) => r.sample === true));
    },
    /** @param {string} name @param {string | null} id @param {Record<string, unknown>} values */
    async save(name, id, values) {
      const saved = id
        ? await api('PUT', '/api/' + name + '/' + id, values)
        : await api('POST', '/api/' + name, values);
      await refresh();
      return saved;
    },
    /** @param {string} name @param {string} id */
    async remove(name, id) {
      // Said here in the server's words, without a refused request; the server checks again.
      const c = collection(name);
      const blocked = c && referrersMessage(spec.collections, (n) => records[n] || [], c, id);
      if (blocked) throw new Error(blocked);
      await api('DELETE', '/api/' + name + '/' + id);
      await refresh();
    },
    /** @returns {Promise<{ removed: number, kept: number }>} */
    async removeSamples() {
      const result = await api('DELETE', '/api/_samples');
      await refresh();
      return result;
    },
    /** @param {() => void} fn @returns {() => void} stops listening */
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

/** @typedef {ReturnType<typeof createStore>} Store */
