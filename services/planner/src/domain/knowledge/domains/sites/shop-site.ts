import {
  asc,
  choice,
  collection,
  date,
  email,
  features,
  form,
  hero,
  hours,
  inbox,
  longtext,
  page,
  phone,
  prose,
  testimonials,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const shopSite: DomainEntry = {
  id: 'shop-site',
  name: 'Local shop website',
  kind: 'site',
  synonyms: [
    'local shop website',
    'shop website',
    'store website',
    'florist website',
    'bookshop website',
    'boutique website',
    'hardware store website',
    'corner shop',
    'click and collect',
    'shop opening hours',
  ],
  description:
    'A website for a local shop: what it sells, opening hours, where to find it, kind words from customers and a form to ask or order for collection.',
  collections: [
    collection(
      'request',
      'Request',
      'Requests',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        phone('phone', 'Phone'),
        choice('kind', 'I would like to', ['Ask a question', 'Order for collection', 'Reserve an item']),
        date('collectOn', 'Collect on'),
        longtext('details', 'Details', { required: true }),
      ],
      {
        samples: [
          {
            name: 'Marion Blake',
            email: 'marion@example.com',
            kind: 'Order for collection',
            collectOn: '2026-12-05',
            details: 'A mixed winter bouquet, around £30.',
          },
          {
            name: 'Jacob Stein',
            email: 'jacob@example.com',
            kind: 'Ask a question',
            details: 'Do you stock secateurs?',
          },
        ],
      },
    ),
  ],
  aliases: { request: ['request', 'order', 'question', 'message', 'reservation'] },
  core: ['request'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        '{name}',
        'Your neighbourhood shop for {topic}. Friendly advice, local makers, open six days a week.',
        { label: 'Order for collection', target: 'contact' },
      ),
      features('In the shop', [
        ['Local makers', 'Most of what we sell is made within 30 miles.'],
        ['Gift wrapping', 'Free, always, with a handwritten card.'],
        ['Click and collect', 'Order online, pick up the same day.'],
      ]),
      hours('Opening hours', [
        ['Tuesday – Saturday', '9:00 – 17:30'],
        ['Sunday', '10:00 – 16:00'],
        ['Monday', 'Closed'],
      ]),
      testimonials('Customers say', [
        ['The kind of shop every high street needs.', 'Margaret', 'Regular'],
        ['Found the perfect present in five minutes.', 'Tom', 'Customer'],
      ]),
    ),
    page(
      'visit',
      'Visit us',
      prose('Find us', '{name} is at 14 High Street, opposite the library. Free parking behind the church.'),
    ),
    page(
      'contact',
      'Order or ask',
      form(
        'Order or ask a question',
        'request',
        'Send',
        'Thanks! We will reply by email, usually the same day.',
      ),
    ),
    inbox('requests', 'Requests', 'request', { filters: ['kind'], sort: asc('collectOn') }),
  ],
};
