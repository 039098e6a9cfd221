import { withExpenseCategories } from '../field-typing.js';
import { capitalize } from '../words.js';
import type { Preset } from './preset.types.js';
import { entity, f } from './preset-helpers.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "columns todo, doing and done" / "with todo, doing and done columns". */
function boardColumns(lower: string): string[] {
  const match =
    /(?:with|columns?:?)\s+([a-z0-9 ,'&-]+?)\s+(?:columns?|lanes?|lists?|stages?)\b/.exec(lower) ??
    /\bcolumns?\s*(?:for|:|called|named)?\s*([a-z0-9 ,'&-]+)$/.exec(lower);
  const names = (match?.[1] ?? '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((s) => s.replace(/^(a|an|the)\s+/, '').trim())
    .filter((s) => s && s.split(' ').length <= 3);
  return names.length >= 2 ? names.map(capitalize) : ['To do', 'Doing', 'Done'];
}

function lowStockThreshold(lower: string): number {
  const match = /(?:below|under|less than|fewer than|drops? to|reaches)\s+(\d+)/.exec(lower);
  return match?.[1] ? Number(match[1]) : 5;
}

/** Ordered: the first match wins, so specific kinds come before general ones. */
export const DATA_PRESETS: Preset[] = [
  {
    id: 'kanban',
    test: /\b(kanban|trello|task board|project board|scrum board|sprint board)\b|\bboard with\b.*\bcolumns?\b/,
    build: ({ lower }) => ({
      kind: 'board',
      blueprint: 'board',
      title: 'Kanban Board',
      entity: entity('card', 'Card', 'Cards'),
      coreFields: [
        f('title', { required: true }),
        f('notes'),
        f('column', { type: 'choice', options: boardColumns(lower) }),
      ],
      options: { columns: boardColumns(lower) },
      takesFields: false,
    }),
  },
  {
    id: 'habits',
    test: /\bhabits?\b/,
    build: () => ({
      kind: 'tracker',
      blueprint: 'habits',
      title: 'Habit Tracker',
      entity: entity('habit', 'Habit', 'Habits'),
      coreFields: [
        f('habit', { name: 'name', required: true }),
        f('tags', { name: 'checks', label: 'Days done' }),
      ],
      features: ['stats'],
      takesFields: false,
    }),
  },
  {
    id: 'week-planner',
    test: /\b(meal plan(?:ner)?|menu planner|weekly planner|week planner|weekly schedule|plan (?:my|the) (?:meals|week)|meals? for the week)\b/,
    build: ({ lower }) => {
      const meals = /\bmeal|menu|food|dinner|lunch\b/.test(lower);
      return {
        kind: 'planner',
        blueprint: 'week-planner',
        title: meals ? 'Meal Planner' : 'Weekly Planner',
        entity: entity('slot', meals ? 'Meal' : 'Plan', meals ? 'Meals' : 'Plans'),
        coreFields: [
          f('day', { type: 'choice', options: DAYS }),
          f('slot', { type: 'text' }),
          f('plan', { type: 'text' }),
        ],
        options: {
          days: DAYS,
          slots: meals ? ['Breakfast', 'Lunch', 'Dinner'] : ['Morning', 'Afternoon', 'Evening'],
        },
        takesFields: false,
      };
    },
  },
  {
    id: 'chat',
    test: /\b(chat(?: ?room)?|messenger|message board|instant messag\w*|shoutbox)\b/,
    build: () => ({
      kind: 'live',
      blueprint: 'chat',
      title: 'Chat Room',
      entity: entity('message', 'Message', 'Messages'),
      coreFields: [f('name', { required: true }), f('message', { required: true })],
      features: ['live'],
      takesFields: false,
    }),
  },
  {
    id: 'poll',
    // "a survey", "survey app": the noun; "we survey sites" is the verb, and asks for no poll.
    test: /\b(?:poll|polls|vote|voting|surveys)\b|\b(?:a|an|the|our|my|quick|short|simple)\s+survey\b|\bsurvey\s+(?:app|tool|form|page)\b/,
    build: ({ prompt }) => {
      const listed = /\b(?:options?|choices?|between)\s*:?\s+([^.;]+)$/i.exec(prompt)?.[1];
      const options = (listed ?? '')
        .split(/\s*(?:,|\bor\b|\band\b)\s*/i)
        .map((s) => s.trim())
        .filter((s) => s && s.split(' ').length <= 4 && !/\b(see|results?|chart|people|vote)\b/i.test(s));
      return {
        kind: 'live',
        blueprint: 'poll',
        title: 'Poll',
        entity: entity('option', 'Option', 'Options'),
        coreFields: [
          f('option', { required: true }),
          f('votes', { name: 'votes', label: 'Votes', type: 'number', min: 0 }),
        ],
        features: ['live', 'chart'],
        options: {
          question: 'Which option do you like best?',
          seed: options.length >= 2 ? options.map(capitalize) : ['Option A', 'Option B', 'Option C'],
        },
        takesFields: false,
      };
    },
  },
  {
    id: 'guestbook',
    test: /\b(guest ?book|visitor book|wall of messages|comment wall)\b/,
    build: () => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Guestbook',
      entity: entity('entry', 'Entry', 'Entries'),
      coreFields: [f('name', { required: true }), f('message', { required: true })],
      options: {
        layout: 'feed',
        formTitle: 'Sign the guestbook',
        submitLabel: 'Leave a message',
        sort: { field: 'createdAt', direction: 'desc' },
      },
      takesFields: true,
    }),
  },
  {
    id: 'rsvp',
    test: /\b(rsvp|attendees?|guest list|sign-?ups? for (?:an|the|my) event)\b/,
    build: () => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Event RSVP',
      entity: entity('attendee', 'Attendee', 'Attendees'),
      coreFields: [
        f('name', { required: true }),
        f('email'),
        f('attending (yes, maybe or no)', {
          name: 'attending',
          label: 'Attending',
          options: ['Yes', 'Maybe', 'No'],
        }),
        f('number of guests', { name: 'guests', label: 'Guests', min: 0, max: 20 }),
      ],
      features: ['stats'],
      options: {
        formTitle: 'RSVP',
        submitLabel: 'Send RSVP',
        listTitle: 'Attendee list',
        countBy: 'attending',
      },
      takesFields: true,
    }),
  },
  {
    id: 'gradebook',
    test: /\b(grade ?book|grades|gradebook|marks? book|student scores?)\b/,
    build: () => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Grade Book',
      entity: entity('grade', 'Grade', 'Grades'),
      coreFields: [
        f('student', { required: true }),
        f('assignment', { required: true }),
        f('score', { min: 0, max: 100 }),
      ],
      features: ['stats', 'sort'],
      options: { groupAverage: { by: 'student', field: 'score', title: 'Average per student' } },
      takesFields: false,
    }),
  },
  {
    id: 'plant-watering',
    test: /\b(water(?:ing)?\b.*\bplants?|plants?\b.*\bwater(?:ing)?)\b/,
    build: () => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Plant Watering Schedule',
      entity: entity('plant', 'Plant', 'Plants'),
      coreFields: [
        f('plant', { name: 'name', required: true }),
        f('watering interval in days', {
          name: 'wateringInterval',
          label: 'Water every',
          unit: 'days',
          min: 1,
        }),
        f('last watered', { name: 'lastWatered', label: 'Last watered' }),
      ],
      features: ['reminders'],
      options: {
        due: {
          lastField: 'lastWatered',
          intervalField: 'wateringInterval',
          title: 'Needs water today',
          action: 'Watered today',
        },
      },
      takesFields: true,
    }),
  },
  {
    id: 'inventory',
    test: /\b(inventory|stock (?:manager|tracker|list|control)|warehouse)\b/,
    build: ({ lower }) => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Inventory Manager',
      entity: entity('item', 'Item', 'Items'),
      coreFields: [f('product', { required: true }), f('quantity'), f('price')],
      features: ['search', 'reminders', 'totals'],
      options: { lowStock: { field: 'quantity', threshold: lowStockThreshold(lower) } },
      takesFields: true,
    }),
  },
  {
    id: 'bookmarks',
    test: /\bbookmarks?\b|\b(?:link|url) (?:manager|saver|collection|list)\b/,
    build: () => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Bookmark Manager',
      entity: entity('bookmark', 'Bookmark', 'Bookmarks'),
      coreFields: [f('title', { required: true }), f('url', { label: 'URL', required: true }), f('tags')],
      features: ['search', 'filter'],
      takesFields: true,
    }),
  },
  {
    id: 'expenses',
    test: /\b(expenses?|spending|budget(?:ing)?|money tracker|finances?)\b/,
    build: ({ lower }) => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Expense Tracker',
      entity: entity('expense', 'Expense', 'Expenses'),
      coreFields: [
        f('description', { type: 'text', required: true }),
        f('amount', { required: true }),
        withExpenseCategories(f('category')),
        f('date'),
      ],
      features: ['totals', 'chart', 'filter'],
      options: { chartBy: /\b(month|monthly|per month|by month)\b/.test(lower) ? 'month' : 'category' },
      takesFields: true,
    }),
  },
  {
    id: 'todo',
    test: /\b(to-?dos?|to do(?: list)?|task list|tasks?|checklist|chores?|shopping list|grocery list|packing list|errands?)\b/,
    build: ({ lower }) => {
      const shopping = /\b(shopping|grocery|groceries|packing)\b/.exec(lower)?.[1];
      return {
        kind: 'data',
        blueprint: 'data-app',
        title: shopping ? `${capitalize(shopping === 'groceries' ? 'grocery' : shopping)} List` : 'Todo List',
        entity: shopping ? entity('item', 'Item', 'Items') : entity('task', 'Task', 'Tasks'),
        coreFields: [f(shopping ? 'item' : 'task', { required: true }), f('done')],
        options: { layout: 'todo', formTitle: shopping ? 'Add an item' : 'Add a todo' },
        takesFields: true,
      };
    },
  },
  {
    id: 'contacts',
    test: /\b(contacts?|address book|phone book|crm)\b/,
    build: () => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Contact List',
      entity: entity('contact', 'Contact', 'Contacts'),
      coreFields: [f('name', { required: true })],
      defaultFields: [f('email'), f('phone'), f('notes')],
      takesFields: true,
    }),
  },
  {
    id: 'journal',
    test: /\b(journal|diary|mood tracker)\b/,
    build: () => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Journal',
      entity: entity('entry', 'Entry', 'Entries'),
      coreFields: [f('date'), f('title', { required: true })],
      defaultFields: [f('entry', { label: 'Entry' }), f('mood')],
      features: ['search'],
      options: { layout: 'feed', sort: { field: 'date', direction: 'desc' } },
      takesFields: true,
    }),
  },
  {
    id: 'notes',
    test: /\b(notes?(?: app| taking| keeper)?|note-taking|notepad)\b/,
    build: () => ({
      kind: 'data',
      blueprint: 'data-app',
      title: 'Notes',
      entity: entity('note', 'Note', 'Notes'),
      coreFields: [f('title', { required: true }), f('note', { name: 'body', label: 'Note' })],
      features: ['search'],
      options: { layout: 'feed', formTitle: 'New note' },
      takesFields: true,
    }),
  },
];
