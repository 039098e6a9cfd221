import {
  $,
  asc,
  choice,
  collection,
  date,
  form,
  gte,
  hero,
  hours,
  inbox,
  isEmpty,
  longtext,
  menu,
  or,
  page,
  phone,
  rule,
  team,
  testimonials,
  text,
  today,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const salonSite: DomainEntry = {
  id: 'salon-site',
  name: 'Salon or barber website',
  kind: 'site',
  synonyms: [
    'salon website',
    'hair salon website',
    'barber website',
    'beauty salon website',
    'spa website',
    'nail salon website',
    'massage therapist website',
    'treatment price list',
    'book a haircut',
    'beauty price list',
  ],
  description:
    'A site for a salon, barber or spa: treatments with prices, the stylists, opening hours, reviews and an appointment request form.',
  collections: [
    collection(
      'appointmentRequest',
      'Appointment request',
      'Appointment requests',
      [
        text('name', 'Name', { required: true }),
        phone('phone', 'Phone', { required: true }),
        choice('treatment', 'Treatment', ['Cut and finish', 'Colour', 'Beard trim', 'Manicure', 'Massage'], {
          required: true,
        }),
        text('stylist', 'Preferred stylist'),
        date('preferredDate', 'Preferred date'),
        longtext('notes', 'Anything we should know'),
      ],
      {
        rules: [
          rule(
            or(isEmpty($('preferredDate')), gte($('preferredDate'), today)),
            'Please choose today or a later date',
          ),
        ],
        samples: [
          {
            name: 'Rosie Clarke',
            phone: '555-0180',
            treatment: 'Colour',
            stylist: 'Bea',
            preferredDate: '2026-12-10',
          },
          { name: 'Imran Shah', phone: '555-0181', treatment: 'Beard trim', preferredDate: '2026-12-04' },
        ],
      },
    ),
  ],
  aliases: { appointmentRequest: ['appointment', 'booking', 'appointment request', 'request'] },
  core: ['appointmentRequest'],
  pages: [
    page(
      'home',
      'Home',
      hero('{name}', 'Relaxed, expert {topic} in the heart of town. Walk-ins welcome when we can.', {
        label: 'Book an appointment',
        target: 'book',
      }),
      menu('Treatments', [
        [
          'Hair',
          [
            ['Cut and finish', '£45'],
            ['Full colour', 'from £70'],
            ['Blow-dry', '£25'],
          ],
        ],
        [
          'Barber',
          [
            ['Skin fade', '£22'],
            ['Beard trim', '£15'],
          ],
        ],
        [
          'Hands and body',
          [
            ['Gel manicure', '£30'],
            ['Back massage, 30 min', '£35'],
          ],
        ],
      ]),
      hours('Opening hours', [
        ['Tuesday – Friday', '9:00 – 19:00'],
        ['Saturday', '8:30 – 17:00'],
        ['Sunday and Monday', 'Closed'],
      ]),
      testimonials('Reviews', [
        ['Best haircut I have had in years.', 'Jess', 'Client'],
        ['Friendly, on time and a great head massage.', 'Sam', 'Client'],
      ]),
    ),
    page(
      'team',
      'Team',
      team('Our stylists', [
        ['Bea', 'Senior stylist', 'Colour specialist'],
        ['Kai', 'Barber'],
        ['Lou', 'Nail and beauty therapist'],
      ]),
    ),
    page(
      'book',
      'Book',
      form(
        'Request an appointment',
        'appointmentRequest',
        'Request appointment',
        'Thanks! We will text you to confirm a time.',
      ),
    ),
    inbox('requests', 'Appointment requests', 'appointmentRequest', {
      filters: ['treatment'],
      sort: asc('preferredDate'),
    }),
  ],
};
