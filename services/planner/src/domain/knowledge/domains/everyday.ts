import type { DomainEntry } from '../domain.types.js';
import { todo } from './everyday/todo.js';
import { notes } from './everyday/notes.js';
import { journal } from './everyday/journal.js';
import { bookmarks } from './everyday/bookmarks.js';
import { guestbook } from './everyday/guestbook.js';

/** The small personal lists people ask for every day: tasks, notes, a journal, bookmarks, a guestbook. */
export const EVERYDAY_DOMAINS: DomainEntry[] = [todo, notes, journal, bookmarks, guestbook];
