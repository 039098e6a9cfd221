import {
  $,
  asc,
  collection,
  date,
  email,
  features,
  form,
  gte,
  hero,
  hours,
  inbox,
  longtext,
  menu,
  num,
  page,
  phone,
  prose,
  rule,
  text,
  time,
  today,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const cafeSite: DomainEntry = {
  id: 'cafe-site',
  name: 'Restaurant or café website',
  kind: 'site',
  synonyms: [
    'restaurant website',
    'cafe website',
    'café website',
    'coffee shop website',
    'bakery website',
    'bar website',
    'restaurant menu page',
    'book a table online',
    'opening hours page',
    'pub website',
  ],
  description:
    'A website for a restaurant, café or bar: a welcome, the menu with prices, opening hours, how to find it and a form to book a table.',
  collections: [
    collection(
      'tableBooking',
      'Table booking',
      'Table bookings',
      [
        text('name', 'Name', { required: true }),
        phone('phone', 'Phone', { required: true }),
        email('email', 'Email'),
        date('date', 'Date', { required: true }),
        time('time', 'Time', { required: true }),
        num('partySize', 'Guests', {
          required: true,
          min: 1,
          max: 12,
          message: 'For more than 12 guests, please call us',
        }),
        longtext('requests', 'Special requests'),
      ],
      {
        rules: [rule(gte($('date'), today), 'Please choose today or a later date')],
        samples: [
          {
            name: 'Olga Ivanova',
            phone: '555-0123',
            date: '2026-12-05',
            time: '19:00',
            partySize: 4,
            requests: 'High chair, please',
          },
          {
            name: 'Sam Reid',
            phone: '555-0124',
            email: 'sam@example.com',
            date: '2026-12-06',
            time: '12:30',
            partySize: 2,
          },
        ],
      },
    ),
  ],
  aliases: { tableBooking: ['booking', 'reservation', 'table booking', 'table'] },
  core: ['tableBooking'],
  pages: [
    page(
      'home',
      'Home',
      hero('Welcome to {name}', 'Seasonal {topic}, good coffee and a warm room. Walk in or book a table.', {
        label: 'Book a table',
        target: 'book',
      }),
      features('Why people come back', [
        ['Cooked fresh daily', 'Local produce, short menu, made in our own kitchen.'],
        ['Coffee we roast', 'Beans roasted down the road every week.'],
        ['Everyone welcome', 'Dogs, prams and laptops all fine before noon.'],
      ]),
      hours('Opening hours', [
        ['Monday – Friday', '8:00 – 22:00'],
        ['Saturday', '9:00 – 23:00'],
        ['Sunday', '9:00 – 17:00'],
      ]),
    ),
    page(
      'menu',
      'Menu',
      menu('Menu', [
        [
          'Breakfast',
          [
            ['Sourdough toast, butter and jam', '4.50'],
            ['Shakshuka', '9.50', 'Baked eggs, peppers, feta'],
            ['Granola bowl', '6.00', 'Yoghurt, berries, honey'],
          ],
        ],
        [
          'Mains',
          [
            ['Roast squash risotto', '14.00'],
            ['Fish of the day', '17.50', 'With greens and salsa verde'],
            ['Chicken schnitzel', '15.00'],
          ],
        ],
        [
          'Drinks',
          [
            ['Flat white', '3.20'],
            ['Fresh lemonade', '3.50'],
            ['House wine, glass', '6.50'],
          ],
        ],
      ]),
    ),
    page(
      'book',
      'Book a table',
      form(
        'Book a table',
        'tableBooking',
        'Request booking',
        'Thanks! We will text you to confirm your table.',
        'For groups over 12, please call us.',
      ),
      prose(
        'Find us',
        '{name} is on the corner of the market square, two minutes from the station. Step-free entrance.',
      ),
    ),
    inbox('bookings', 'Bookings', 'tableBooking', { sort: asc('date') }),
  ],
};
