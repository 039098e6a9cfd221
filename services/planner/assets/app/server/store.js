// @ts-check
'use strict';
// Storage: one JSON file per collection, replaced atomically so a crash never leaves half a file, and
// kept in memory once read.
const fs = require('fs');
const path = require('path');

/** @typedef {import('../public/js/formula.mjs').Collection} Collection */

/** @param {string} dataDir @param {Collection[]} collections */
function createStore(dataDir, collections) {
  fs.mkdirSync(dataDir, { recursive: true });
  /** @type {Map<string, Record<string, any>[]>} */
  const cache = new Map();

  /** @param {string} name */
  const dataFile = (name) => path.join(dataDir, name + '.json');

  /** @param {string} name @param {Record<string, any>[]} records */
  function writeRecords(name, records) {
    const target = dataFile(name);
    const temp = target + '.' + process.pid + '.tmp';
    fs.writeFileSync(temp, JSON.stringify(records, null, 2));
    fs.renameSync(temp, target);
    cache.set(name, records);
  }

  /** Records in memory only, for references to resolve against before they are written. @param {string} name @param {Record<string, any>[]} records */
  function holdRecords(name, records) {
    cache.set(name, records);
  }

  /** The stored records, or null when the collection has never been written. @param {string} name */
  function loadFile(name) {
    try {
      const parsed = JSON.parse(fs.readFileSync(dataFile(name), 'utf8'));
      return Array.isArray(parsed)
        ? parsed.filter((r) => r && typeof r === 'object' && typeof r.id === 'string')
        : [];
    } catch (error) {
      if (error.code === 'ENOENT') return null;
      // Keep an unreadable file for a person to inspect instead of overwriting it.
      const aside = dataFile(name) + '.unreadable-' + Date.now();
      try {
        fs.renameSync(dataFile(name), aside);
      } catch {
        /* already gone */
      }
      console.error('could not read ' + name + ' data, moved it to ' + aside + ': ' + error.message);
      return [];
    }
  }

  /** @param {string} name @returns {Record<string, any>[]} */
  function readRecords(name) {
    const cached = cache.get(name);
    if (cached) return cached;
    const records = loadFile(name) || [];
    cache.set(name, records);
    return records;
  }

  /** @param {string} name */
  function collectionOf(name) {
    return collections.find((c) => c.name === name);
  }

  /** @param {Collection} collection @param {Record<string, any>} record */
  function titleOf(collection, record) {
    const named = collection.titleField && collection.fields.find((f) => f.name === collection.titleField);
    const field = named || collection.fields.find((f) => f.type === 'text') || collection.fields[0];
    return field ? String(record[field.name] ?? '') : record.id;
  }

  return { collections, writeRecords, holdRecords, loadFile, readRecords, collectionOf, titleOf };
}

/** @typedef {ReturnType<typeof createStore>} Store */

module.exports = { createStore };
