import {
  bool,
  collection,
  count,
  date,
  list,
  longtext,
  page,
  rating,
  stats,
  table,
  tags,
  text,
  url,
  desc,
} from '../domain-builders.js';
import type { DomainEntry } from '../domain.types.js';

/** The small personal lists people ask for every day: tasks, notes, a journal, bookmarks, a guestbook. */
export const EVERYDAY_DOMAINS: DomainEntry[] = [
  {
    id: 'todo',
    name: 'Todo list',
    kind: 'data',
    synonyms: [
      'todo',
      'todo list',
      'to do list',
      'to-do list',
      'task list',
      'checklist',
      'things to do',
      'my tasks',
      'reminders list',
      'chores',
    ],
    description: 'A list of things to do, ticked off when done, with optional due dates.',
    collections: [
      collection(
        'task',
        'Todo',
        'Todos',
        [
          text('task', 'Task', { required: true }),
          bool('done', 'Done', { default: false }),
          longtext('notes', 'Notes'),
        ],
        {
          samples: [
            { task: 'Buy milk', done: false },
            { task: 'Call the dentist', done: true },
          ],
        },
      ),
    ],
    aliases: { task: ['task', 'todo', 'to-do', 'chore', 'item', 'thing'] },
    core: ['task'],
    pages: [
      page('home', 'Todo list', list('task', { actions: [{ label: 'Mark done', set: { done: true } }] })),
    ],
  },
  {
    id: 'notes',
    name: 'Notes',
    kind: 'data',
    synonyms: [
      'notes',
      'notes app',
      'note taking',
      'notebook',
      'jot down',
      'memo',
      'memos',
      'sticky notes',
      'scratchpad',
    ],
    description: 'Short notes with a title, text and tags, searchable.',
    collections: [
      collection(
        'note',
        'Note',
        'Notes',
        [
          text('title', 'Title', { required: true }),
          longtext('body', 'Note'),
          tags('tags', 'Tags'),
          bool('pinned', 'Pinned'),
        ],
        {
          samples: [
            { title: 'Ideas', body: 'Try the new bakery on Main Street.', tags: ['food'] },
            { title: 'Packing list', body: 'Charger, passport, umbrella.', tags: ['travel'], pinned: true },
          ],
        },
      ),
    ],
    aliases: { note: ['note', 'memo', 'jotting'] },
    core: ['note'],
    pages: [page('home', 'Notes', list('note', { search: true, filters: ['pinned'] }))],
  },
  {
    id: 'journal',
    name: 'Journal',
    kind: 'data',
    synonyms: [
      'journal',
      'diary',
      'daily journal',
      'gratitude journal',
      'mood journal',
      'dream journal',
      'daily log',
      'reflections',
      'dear diary',
    ],
    description: 'Dated journal entries with a mood and free text.',
    collections: [
      collection(
        'entry',
        'Entry',
        'Entries',
        [
          text('title', 'Title', { required: true }),
          date('date', 'Date', { default: 'today', required: true }),
          rating('mood', 'Mood', { min: 1, max: 5 }),
          longtext('body', 'Entry'),
        ],
        {
          samples: [
            { title: 'A good start', date: '2026-11-30', mood: 4, body: 'Walked to work in the sun.' },
            { title: 'Rainy Sunday', date: '2026-11-29', mood: 3, body: 'Read all afternoon.' },
          ],
        },
      ),
    ],
    aliases: { entry: ['entry', 'journal entry', 'diary entry', 'day', 'reflection'] },
    core: ['entry'],
    pages: [page('home', 'Journal', list('entry', { search: true, sort: desc('date') }))],
  },
  {
    id: 'bookmarks',
    name: 'Bookmarks',
    kind: 'data',
    synonyms: [
      'bookmark',
      'bookmarks',
      'bookmark manager',
      'saved links',
      'link collection',
      'reading links',
      'favourite sites',
      'favorite websites',
      'link saver',
    ],
    description: 'Links to web pages with a title, tags and a note.',
    collections: [
      collection(
        'bookmark',
        'Bookmark',
        'Bookmarks',
        [
          text('title', 'Title', { required: true }),
          url('url', 'URL', { required: true }),
          tags('tags', 'Tags'),
          longtext('note', 'Note'),
        ],
        {
          samples: [
            { title: 'MDN Web Docs', url: 'https://developer.mozilla.org/', tags: ['reference'] },
            { title: 'Node.js docs', url: 'https://nodejs.org/docs/', tags: ['reference', 'node'] },
          ],
        },
      ),
    ],
    aliases: { bookmark: ['bookmark', 'link', 'url', 'site'] },
    core: ['bookmark'],
    pages: [page('home', 'Bookmarks', table('bookmark', { search: true, filters: ['tags'] }))],
  },
  {
    id: 'guestbook',
    name: 'Guestbook',
    kind: 'data',
    synonyms: [
      'guestbook',
      'guest book',
      'visitor book',
      'visitors book',
      'sign the guestbook',
      'leave a message',
      'wall of messages',
      'message wall',
      'shoutbox',
    ],
    description: 'Visitors leave their name and a message; everyone sees the messages.',
    collections: [
      collection(
        'entry',
        'Message',
        'Messages',
        [
          text('name', 'Name', { required: true }),
          longtext('message', 'Message', { required: true }),
          date('date', 'Date', { default: 'today' }),
        ],
        {
          samples: [
            { name: 'Mia', message: 'Lovely to visit, thank you!', date: '2026-11-28' },
            { name: 'Jonas', message: 'Greetings from Bergen.', date: '2026-11-29' },
          ],
        },
      ),
    ],
    aliases: { entry: ['message', 'entry', 'note', 'signature', 'visitor'] },
    core: ['entry'],
    pages: [
      page(
        'home',
        'Guestbook',
        stats(count('Messages', 'entry')),
        list('entry', { formTitle: 'Sign the guestbook', submitLabel: 'Leave message', sort: desc('date') }),
      ),
    ],
  },
];
