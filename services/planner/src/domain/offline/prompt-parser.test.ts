import { describe, expect, it } from 'vitest';
import type { AppSpecV1, FieldSpec } from '@isekai/contracts';
import { parsePrompt } from './prompt-parser.js';

function fieldsOf(spec: AppSpecV1): FieldSpec[] {
  return spec.entities[0]?.fields ?? [];
}

function field(spec: AppSpecV1, label: string): FieldSpec | undefined {
  return fieldsOf(spec).find((f) => f.label.toLowerCase() === label.toLowerCase());
}

/** [prompt, blueprint, entity label or null, [field label, type][]] */
const PUBLIC: [string, string, string | null, [string, FieldSpec['type']][]][] = [
  ['Create a CSV viewer app', 'csv-viewer', null, []],
  [
    'Build a todo list application',
    'data-app',
    'Task',
    [
      ['Task', 'text'],
      ['Done', 'boolean'],
    ],
  ],
  ['Make a markdown editor', 'markdown-editor', null, []],
  [
    'a recipe manager with ingredients, cooking time and a 1-5 star rating',
    'data-app',
    'Recipe',
    [
      ['Name', 'text'],
      ['Ingredients', 'longtext'],
      ['Cooking time', 'number'],
      ['Rating', 'rating'],
    ],
  ],
  [
    'expense tracker with categories and a monthly chart',
    'data-app',
    'Expense',
    [
      ['Category', 'choice'],
      ['Amount', 'money'],
      ['Date', 'date'],
    ],
  ],
  ['habit tracker where I can check off habits each day and see my streaks', 'habits', 'Habit', []],
  [
    'a simple guestbook where visitors leave their name and a message',
    'data-app',
    'Entry',
    [
      ['Name', 'text'],
      ['Message', 'longtext'],
    ],
  ],
  ['pomodoro timer with 25 minute work and 5 minute break cycles', 'pomodoro', null, []],
  ['kanban board with todo, doing and done columns', 'board', 'Card', []],
  [
    'a book catalog with title, author, year, genre and whether I have read it',
    'data-app',
    'Book',
    [
      ['Title', 'text'],
      ['Author', 'text'],
      ['Year', 'number'],
      ['Genre', 'text'],
      ['Read', 'boolean'],
    ],
  ],
  ['unit converter for length, weight and temperature', 'unit-converter', null, []],
  ['a poll where people vote on options and see the results as a bar chart', 'poll', 'Option', []],
  [
    'contact list with name, email, phone and notes that I can search',
    'data-app',
    'Contact',
    [
      ['Name', 'text'],
      ['Email', 'email'],
      ['Phone', 'phone'],
      ['Notes', 'longtext'],
    ],
  ],
  ['a quiz about world capitals', 'quiz', null, []],
  [
    'workout log: exercise, sets, reps, weight and date',
    'data-app',
    'Workout',
    [
      ['Exercise', 'text'],
      ['Sets', 'number'],
      ['Reps', 'number'],
      ['Weight', 'number'],
      ['Date', 'date'],
    ],
  ],
  [
    'inventory manager for a small shop with product, SKU, quantity and price; warn me when stock is low',
    'data-app',
    'Item',
    [
      ['Product', 'text'],
      ['SKU', 'text'],
      ['Quantity', 'number'],
      ['Price', 'money'],
    ],
  ],
  [
    'bookmark manager for links with tags',
    'data-app',
    'Bookmark',
    [
      ['Title', 'text'],
      ['URL', 'url'],
      ['Tags', 'tags'],
    ],
  ],
  ["a countdown to New Year's Eve", 'countdown', null, []],
  [
    'a notes app with dark mode',
    'data-app',
    'Note',
    [
      ['Title', 'text'],
      ['Note', 'longtext'],
    ],
  ],
  ['tip calculator that splits the bill between people', 'tip-calculator', null, []],
  ['a chat room where everyone sees new messages as they arrive', 'chat', 'Message', []],
  ['meal planner for the week', 'week-planner', 'Meal', []],
  ['password generator with length and symbol options', 'password-generator', null, []],
  ['a landing page for a coffee shop with the menu and opening hours', 'landing-page', null, []],
  [
    "student grade book with students, assignments and scores, showing each student's average",
    'data-app',
    'Grade',
    [
      ['Student', 'text'],
      ['Assignment', 'text'],
      ['Score', 'number'],
    ],
  ],
  [
    'event RSVP form with an attendee list',
    'data-app',
    'Attendee',
    [
      ['Name', 'text'],
      ['Attending', 'choice'],
    ],
  ],
  ['flashcards for learning Spanish words', 'flashcards', 'Card', []],
  [
    'plant watering schedule that shows which plants need water today',
    'data-app',
    'Plant',
    [
      ['Plant', 'text'],
      ['Last watered', 'date'],
    ],
  ],
  ['a JSON formatter and validator', 'json-formatter', null, []],
  ['a stopwatch with lap times', 'stopwatch', null, []],
];

describe(parsePrompt.name, () => {
  describe('public prompts', () => {
    it.each(PUBLIC)('reads "%s"', (prompt, blueprint, entity, fields) => {
      const { spec } = parsePrompt(prompt);
      expect(spec.blueprint).toBe(blueprint);
      expect(spec.entities[0]?.label ?? null).toBe(entity);
      for (const [label, type] of fields) expect(field(spec, label)?.type, `${label}`).toBe(type);
      expect(spec.title).not.toBe('');
      expect(spec.description.toLowerCase()).not.toContain(prompt.toLowerCase());
    });

    it('types the recipe rating as 1-5 and cooking time in minutes', () => {
      const { spec } = parsePrompt('a recipe manager with ingredients, cooking time and a 1-5 star rating');
      expect(field(spec, 'Rating')).toMatchObject({ type: 'rating', min: 1, max: 5 });
      expect(field(spec, 'Cooking time')).toMatchObject({ type: 'number', unit: 'min' });
      expect(spec.title).toBe('Recipe Manager');
    });

    it('reads features, options and theme', () => {
      expect(
        parsePrompt('contact list with name, email, phone and notes that I can search').spec.features,
      ).toContain('search');
      expect(parsePrompt('expense tracker with categories and a monthly chart').spec).toMatchObject({
        options: { chartBy: 'month' },
      });
      expect(parsePrompt('expense tracker with categories and a monthly chart').spec.features).toEqual(
        expect.arrayContaining(['chart', 'totals']),
      );
      expect(parsePrompt('a notes app with dark mode').spec.theme).toBe('dark');
      expect(
        parsePrompt('pomodoro timer with 50 minute work and 10 minute break cycles').spec.options,
      ).toMatchObject({ workMinutes: 50, breakMinutes: 10 });
      expect(parsePrompt('kanban board with todo, doing and done columns').spec.options.columns).toEqual([
        'Todo',
        'Doing',
        'Done',
      ]);
      expect(
        parsePrompt('inventory manager with product and quantity; warn me when stock is below 3').spec.options
          .lowStock,
      ).toEqual({ field: 'quantity', threshold: 3 });
    });

    it('is deterministic', () => {
      expect(parsePrompt('a book catalog with title and author')).toEqual(
        parsePrompt('a book catalog with title and author'),
      );
    });
  });

  describe('unseen prompts of the same family', () => {
    it('reads a plant collection with an interval in days and a date', () => {
      const { spec } = parsePrompt(
        'a plant collection with species, watering interval in days and last repotted date',
      );
      expect(spec.entities[0]?.label).toBe('Plant');
      expect(field(spec, 'Species')?.type).toBe('text');
      expect(field(spec, 'Watering interval')).toMatchObject({ type: 'number', unit: 'days' });
      expect(field(spec, 'Last repotted date')?.type).toBe('date');
    });

    it('reads a film watchlist with a 1-10 rating and a watched flag', () => {
      const { spec } = parsePrompt(
        "a film watchlist with title, director, release year, my rating 1-10 and whether I've watched it",
      );
      expect(spec.title).toBe('Film Watchlist');
      expect(field(spec, 'Rating')).toMatchObject({ type: 'rating', min: 1, max: 10 });
      expect(field(spec, 'Watched')?.type).toBe('boolean');
      expect(field(spec, 'Release year')?.type).toBe('number');
    });

    it('reads choices given in brackets', () => {
      const { spec } = parsePrompt(
        'coin collection with country, year, condition (mint, good or poor) and value',
      );
      expect(field(spec, 'Condition')).toMatchObject({ type: 'choice', options: ['Mint', 'Good', 'Poor'] });
      expect(field(spec, 'Value')?.type).toBe('money');
      expect(spec.entities[0]?.plural).toBe('Coins');
    });

    it.each([
      ['a wine cellar tracker with name, vintage year, price and tasting notes', 'Vintage year', 'number'],
      ['reading list with title, author, pages and whether I finished it', 'Finished', 'boolean'],
      ['job application tracker: company, position, status, salary and applied date', 'Salary', 'money'],
      ['a birthday list with name, birthday and gift ideas', 'Birthday', 'date'],
      ['a recipe box with name, prep time, servings and instructions', 'Prep time', 'number'],
      ['music library with song, artist, album, genre and link', 'Link', 'url'],
      ['a pet health log with pet name, vet visit date, weight in kg and notes', 'Weight', 'number'],
      ['customer directory with name, company, email, phone and website', 'Website', 'url'],
      [
        'a board game collection with title, players, playing time and my rating out of 10',
        'Rating',
        'rating',
      ],
      ['car maintenance log: service, date, mileage, cost and garage', 'Cost', 'money'],
      ['movie tracker with title, year, genre and tags', 'Tags', 'tags'],
    ])('reads "%s"', (prompt, label, type) => {
      const { spec } = parsePrompt(prompt);
      expect(spec.blueprint).toBe('data-app');
      expect(field(spec, label)?.type).toBe(type);
      expect(fieldsOf(spec).some((f) => f.required)).toBe(true);
    });

    it('names the entity from the main noun', () => {
      expect(
        parsePrompt('job application tracker: company, position and status').spec.entities[0]?.label,
      ).toBe('Job application');
      expect(parsePrompt('a wine cellar tracker with name and year').spec.title).toBe('Wine Cellar Tracker');
      expect(parsePrompt('keep track of my runs with distance and time').spec.entities[0]?.label).toBe('Run');
    });

    it('gives status a useful set of choices', () => {
      const { spec } = parsePrompt('job application tracker: company, position, status and applied date');
      expect(field(spec, 'Status')?.options).toEqual(['To do', 'In progress', 'Done']);
    });

    it('recognises tools described in other words', () => {
      expect(parsePrompt('temperature converter between celsius and fahrenheit').spec.blueprint).toBe(
        'unit-converter',
      );
      expect(parsePrompt('a countdown to christmas').spec.options.target).toMatchObject({
        month: 12,
        day: 25,
      });
      expect(parsePrompt('a tic tac toe game').spec.blueprint).toBe('tic-tac-toe');
      expect(parsePrompt('a quiz about the planets').spec.title).toBe('Space Quiz');
      expect(parsePrompt('flashcards to learn French').spec.title).toBe('French Flashcards');
      expect(parsePrompt('a simple calculator').spec.blueprint).toBe('calculator');
      expect(parsePrompt('a shopping list').spec.title).toBe('Shopping List');
    });
  });

  describe('fallback', () => {
    it('builds a data app with a name and notes and says what it assumed', () => {
      const { spec, notes } = parsePrompt('something for my aquarium');
      expect(spec.blueprint).toBe('data-app');
      expect(fieldsOf(spec).map((f) => f.type)).toEqual(['text', 'longtext']);
      expect(notes.join(' ')).toMatch(/name and notes/);
    });
  });
});
