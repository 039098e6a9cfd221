import {
  $,
  asc,
  choice,
  collection,
  date,
  email,
  faq,
  features,
  form,
  gt,
  hero,
  hours,
  inbox,
  longtext,
  num,
  page,
  pictures,
  rule,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const hotelSite: DomainEntry = {
  id: 'hotel-site',
  name: 'Hotel or B&B website',
  kind: 'site',
  synonyms: [
    'hotel website',
    'b&b website',
    'guesthouse website',
    'holiday cottage website',
    'vacation rental website',
    'boutique hotel site',
    'book a room online',
    'campsite website',
    'inn website',
    'lodge website',
  ],
  description:
    'A site for a hotel, B&B or holiday let: the rooms, pictures, what is nearby, check-in times, questions and a booking request form.',
  collections: [
    collection(
      'stayRequest',
      'Booking request',
      'Booking requests',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        date('arrival', 'Arrival', { required: true, default: 'today' }),
        // A day after today, so the form holds a stay that keeps its rule before anyone edits it.
        date('departure', 'Departure', { required: true, default: 'today+1' }),
        num('guests', 'Guests', { required: true, min: 1, max: 8, default: 2 }),
        choice('room', 'Room', ['Garden double', 'Sea-view suite', 'Family room']),
        longtext('message', 'Anything else'),
      ],
      {
        rules: [rule(gt($('departure'), $('arrival')), 'Departure must be at least one night after arrival')],
        samples: [
          {
            name: 'Claire Dupont',
            email: 'claire@example.com',
            arrival: '2027-04-10',
            departure: '2027-04-13',
            guests: 2,
            room: 'Sea-view suite',
          },
          {
            name: 'The Mehta family',
            email: 'mehta@example.com',
            arrival: '2027-07-20',
            departure: '2027-07-27',
            guests: 4,
            room: 'Family room',
            message: 'Travel cot please',
          },
        ],
      },
    ),
  ],
  aliases: { stayRequest: ['booking', 'booking request', 'reservation', 'stay', 'enquiry'] },
  core: ['stayRequest'],
  pages: [
    page(
      'home',
      'Home',
      hero('{name}', 'A small, quiet place to stay for {topic}. Breakfast included, dogs welcome.', {
        label: 'Check availability',
        target: 'book',
      }),
      features('Rooms', [
        ['Garden double', 'Opens onto the garden. From £95 a night.'],
        ['Sea-view suite', 'Bay window and a roll-top bath. From £150.'],
        ['Family room', 'A double and two singles. From £130.'],
      ]),
      hours('Arrivals', [
        ['Check-in', '15:00 – 20:00'],
        ['Check-out', 'by 11:00'],
        ['Breakfast', '8:00 – 10:00'],
      ]),
    ),
    page(
      'gallery',
      'Gallery',
      pictures('Have a look', [
        ['The garden', 'Breakfast outside in summer'],
        ['Sea-view suite'],
        ['The lounge', 'Fire lit from October'],
        ['The beach', 'Five minutes\u2019 walk'],
      ]),
    ),
    page(
      'faq',
      'Questions',
      faq('Good to know', [
        ['Is there parking?', 'Free parking for every room.'],
        ['Do you take dogs?', 'Yes, in the garden double, £10 a night.'],
        ['How do I cancel?', 'Free cancellation up to 7 days before arrival.'],
      ]),
    ),
    page(
      'book',
      'Book',
      form(
        'Request a booking',
        'stayRequest',
        'Check availability',
        'Thank you! We will reply within a day with availability and a price.',
      ),
    ),
    inbox('requests', 'Booking requests', 'stayRequest', { sort: asc('arrival'), filters: ['room'] }),
  ],
};
