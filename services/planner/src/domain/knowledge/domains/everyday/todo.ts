import { bool, collection, list, longtext, page, text } from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const todo: DomainEntry = {
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
};
