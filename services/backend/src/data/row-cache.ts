import type { Db } from './database.js';

/**
 * Parsed rows by key, for reads that run on every API request: better-sqlite3 spends about 0.2 µs per
 * column per row building objects, which made listing 20 apps the largest share of the list's own CPU
 * time (docs/benchmarks.md). The owning repository forgets a key on every write to its row. Rows read
 * inside a transaction are never kept: the transaction may still roll back, and the next read after it
 * then finds the committed row in SQLite.
 */
export function createRowCache<T>(db: Db, capacity: number) {
  const rows = new Map<string, T>();
  return {
    get: (key: string): T | undefined => rows.get(key),

    remember(key: string, row: T): T {
      if (db.inTransaction()) return row;
      rows.delete(key);
      rows.set(key, row);
      // The oldest remembered row goes first: Map keeps insertion order.
      if (rows.size > capacity) rows.delete(rows.keys().next().value as string);
      return row;
    },

    forget(key: string): void {
      rows.delete(key);
    },
  };
}
