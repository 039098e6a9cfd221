import {
  $,
  board,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  div,
  eq,
  isEmpty,
  list,
  longtext,
  lte,
  mul,
  num,
  or,
  page,
  rating,
  ref,
  round,
  rule,
  stats,
  table,
  tags,
  text,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const readingList: DomainEntry = {
  id: 'reading-list',
  name: 'Reading list',
  kind: 'data',
  synonyms: [
    'reading list',
    'books i read',
    'reading tracker',
    'book tracker',
    'to read list',
    'tbr pile',
    'goodreads',
    'book reviews',
    'reading log',
    'book journal',
    'reading challenge',
  ],
  description:
    'Keep the books you want to read, are reading and have read, with pages, rating, notes and how many you finished this year.',
  collections: [
    collection(
      'book',
      'Book',
      'Books',
      [
        text('title', 'Title', { required: true }),
        text('author', 'Author'),
        choice('status', 'Status', ['Want to read', 'Reading', 'Read', 'Gave up'], {
          default: 'Want to read',
        }),
        num('pages', 'Pages', { min: 1 }),
        num('pagesRead', 'Pages read', { min: 0, default: 0 }),
        date('finishedOn', 'Finished on'),
        rating('rating', 'My rating', { min: 1, max: 5 }),
        tags('genres', 'Genres', {
          options: ['Fiction', 'Mystery', 'Sci-fi', 'History', 'Biography', 'Self-help'],
        }),
        computed('progress', 'Progress', 'number', round(mul(div($('pagesRead'), $('pages')), 100)), {
          unit: '%',
        }),
      ],
      {
        rules: [
          rule(
            or(isEmpty($('pages')), lte($('pagesRead'), $('pages'))),
            'Pages read cannot be more than the book has',
          ),
        ],
        samples: [
          {
            title: 'Piranesi',
            author: 'Susanna Clarke',
            status: 'Read',
            pages: 272,
            pagesRead: 272,
            finishedOn: '2026-10-03',
            rating: 5,
            genres: ['Fiction'],
          },
          {
            title: 'The Body',
            author: 'Bill Bryson',
            status: 'Reading',
            pages: 450,
            pagesRead: 120,
            genres: ['Self-help'],
          },
          {
            title: 'Project Hail Mary',
            author: 'Andy Weir',
            status: 'Want to read',
            pages: 496,
            genres: ['Sci-fi'],
          },
        ],
      },
    ),
    collection(
      'quote',
      'Quote',
      'Quotes',
      [
        longtext('text', 'Quote', { required: true }),
        ref('book', 'Book', 'book', { required: true }),
        num('page', 'Page', { min: 1 }),
      ],
      {
        titleField: 'text',
        samples: [
          { text: 'The Beauty of the House is immeasurable.', book: 'Piranesi', page: 5 },
          { text: 'You are a miracle of atoms.', book: 'The Body', page: 1 },
        ],
      },
    ),
  ],
  aliases: {
    book: ['book', 'novel', 'read', 'title'],
    quote: ['quote', 'highlight', 'passage'],
  },
  core: ['book'],
  pages: [
    page(
      'shelf',
      'My shelf',
      stats(
        count('Read this year', 'book', {
          where: eq($('status'), val('Read')),
          period: { field: 'finishedOn', within: 'year' },
        }),
        count('Reading now', 'book', { where: eq($('status'), val('Reading')) }),
        count('To read', 'book', { where: eq($('status'), val('Want to read')) }),
      ),
      board('book', 'status', {
        search: true,
        filters: ['genres'],
        actions: [{ label: 'Finished', set: { status: 'Read', finishedOn: 'today' } }],
      }),
    ),
    page(
      'books',
      'All books',
      table('book', { search: true, filters: ['status', 'genres'], sort: desc('finishedOn') }),
      chart('Books by status', 'book', 'pie', 'count', 'status'),
    ),
    page('quotes', 'Quotes', list('quote', { search: true, filters: ['book'] })),
  ],
};
