// @ts-check
'use strict';
// The records API: /api/<collection>[/<id>] to list, add, read, change and delete,
// /api/<collection>/<id>/increment to add one to a number field (a vote: read and written here at once,
// so two voters never overwrite each other), /api/_samples to remove the sample records.
const { randomUUID } = require('crypto');
const { fail, readJson, send } = require('./http.js');

/**
 * @param {{
 *   store: import('./store.js').Store,
 *   buildRecord: ReturnType<typeof import('./records.js').createRecordBuilder>['buildRecord'],
 *   samples: ReturnType<typeof import('./samples.js').createSamples>,
 *   integrity: typeof import('../public/js/integrity.mjs'),
 * }} deps
 */
function createApi({ store, buildRecord, samples, integrity }) {
  function refuseRecord(res, built) {
    const messages = Object.values(built.errors).concat(built.rules);
    fail(res, 400, 'invalid-record', messages.join('; '), built.errors);
  }

  /** @param {import('http').IncomingMessage} req @param {import('http').ServerResponse} res @param {import('../public/js/formula.mjs').Collection} collection @param {Record<string, any>} record */
  async function increment(req, res, collection, record) {
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed', 'Use POST here.');
    const body = await readJson(req);
    const field = collection.fields.find((f) => f.name === body?.field && f.type === 'number');
    if (!field) return fail(res, 400, 'invalid-field', 'Name a number field to increment.');
    const updated = Object.assign({}, record, {
      [field.name]: (Number(record[field.name]) || 0) + 1,
      updatedAt: new Date().toISOString(),
    });
    const name = collection.name;
    store.writeRecords(
      name,
      store.readRecords(name).map((r) => (r.id === record.id ? updated : r)),
    );
    return send(res, 200, updated);
  }

  async function handleApi(req, res, parts) {
    if (parts[0] === '_samples' && parts.length === 1) {
      if (req.method !== 'DELETE') return fail(res, 405, 'method-not-allowed', 'Use DELETE here.');
      return send(res, 200, samples.removeSamples());
    }
    const collection = store.collectionOf(parts[0]);
    if (!collection) return fail(res, 404, 'not-found', 'No such list: ' + parts[0]);
    const name = collection.name;
    const records = store.readRecords(name);
    const id = parts[1];
    if (!id) {
      if (req.method === 'GET') return send(res, 200, records);
      if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed', 'Use GET or POST here.');
      const built = buildRecord(collection, await readJson(req), null);
      if (Object.keys(built.errors).length > 0 || built.rules.length > 0) return refuseRecord(res, built);
      const now = new Date().toISOString();
      const record = Object.assign(built.record, { id: randomUUID(), createdAt: now, updatedAt: now });
      store.writeRecords(name, store.readRecords(name).concat([record]));
      return send(res, 201, record);
    }
    const incrementing = parts.length === 3 && parts[2] === 'increment';
    if (parts.length > 2 && !incrementing) return fail(res, 404, 'not-found', 'No such route.');
    const index = records.findIndex((r) => r.id === id);
    if (index === -1)
      return fail(res, 404, 'not-found', 'No ' + collection.label.toLowerCase() + ' with id ' + id);
    if (incrementing) return increment(req, res, collection, records[index]);
    if (req.method === 'GET') return send(res, 200, records[index]);
    if (req.method === 'DELETE') {
      const blocked = integrity.referrersMessage(store.collections, store.readRecords, collection, id);
      if (blocked) return fail(res, 409, 'referenced', blocked);
      store.writeRecords(
        name,
        records.filter((_, i) => i !== index),
      );
      return send(res, 204);
    }
    if (req.method !== 'PUT' && req.method !== 'PATCH')
      return fail(res, 405, 'method-not-allowed', 'Use GET, PUT or DELETE here.');
    const built = buildRecord(collection, await readJson(req), records[index]);
    if (Object.keys(built.errors).length > 0 || built.rules.length > 0) return refuseRecord(res, built);
    const current = records[index];
    const updated = Object.assign(built.record, {
      id: current.id,
      createdAt: current.createdAt,
      updatedAt: new Date().toISOString(),
    });
    store.writeRecords(
      name,
      store.readRecords(name).map((r) => (r.id === id ? updated : r)),
    );
    return send(res, 200, updated);
  }

  return handleApi;
}

module.exports = { createApi };
