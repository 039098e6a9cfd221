// @ts-check
// Which records refer to a record, in words; the server refuses such a delete with this message and the
// page says the same before asking the server. One ES module for both, like formula.mjs.

/**
 * "This member has 2 loans; delete or reassign them first", or null when nothing refers to the record.
 * @param {import('./formula.mjs').Collection[]} collections
 * @param {(name: string) => Record<string, any>[]} records
 * @param {import('./formula.mjs').Collection} collection
 * @param {string} id
 */
export function referrersMessage(collections, records, collection, id) {
  const parts = [];
  for (const other of collections) {
    const fields = other.fields.filter((f) => f.type === 'reference' && f.ref === collection.name);
    if (fields.length === 0) continue;
    const count = records(other.name).filter((r) => fields.some((f) => r[f.name] === id)).length;
    if (count > 0) parts.push(count + ' ' + (count === 1 ? other.label : other.plural).toLowerCase());
  }
  if (parts.length === 0) return null;
  const one = parts.length === 1 && parts[0].startsWith('1 ');
  return (
    'This ' +
    collection.label.toLowerCase() +
    ' has ' +
    parts.join(' and ') +
    '; delete or reassign ' +
    (one ? 'it' : 'them') +
    ' first'
  );
}
