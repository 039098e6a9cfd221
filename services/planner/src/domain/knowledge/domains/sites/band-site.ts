import {
  asc,
  choice,
  collection,
  date,
  email,
  form,
  hero,
  inbox,
  longtext,
  page,
  pictures,
  prose,
  schedule,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const bandSite: DomainEntry = {
  id: 'band-site',
  name: 'Band or musician website',
  kind: 'site',
  synonyms: [
    'band website',
    'musician website',
    'dj website',
    'singer website',
    'gig dates',
    'tour dates',
    'music artist page',
    'electronic press kit',
    'book the band',
    'choir website',
  ],
  description:
    'A site for a band, DJ or musician: upcoming gigs, a photo gallery, the story, and a form for booking enquiries.',
  collections: [
    collection(
      'enquiry',
      'Booking enquiry',
      'Booking enquiries',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        choice('eventType', 'Event', ['Wedding', 'Festival', 'Club night', 'Private party', 'Corporate']),
        date('date', 'Date'),
        text('venue', 'Venue or town'),
        longtext('message', 'Details'),
      ],
      {
        samples: [
          {
            name: 'Lina Park',
            email: 'lina@example.com',
            eventType: 'Wedding',
            date: '2027-06-12',
            venue: 'Oak Barn',
            message: 'Two sets, first dance song?',
          },
          {
            name: 'Riverside Fest',
            email: 'book@riverside.example',
            eventType: 'Festival',
            date: '2027-07-25',
            venue: 'Riverside Park',
          },
        ],
      },
    ),
  ],
  aliases: { enquiry: ['enquiry', 'inquiry', 'booking', 'message', 'gig request'] },
  core: ['enquiry'],
  pages: [
    page(
      'home',
      'Home',
      hero('{name}', 'Loud, warm {topic} from a five-piece who love a packed dance floor.', {
        label: 'Book us',
        target: 'contact',
      }),
      schedule('Upcoming gigs', [
        ['Fri 12 Dec', 'The Crown, Leeds', 'Doors 8pm'],
        ['Sat 20 Dec', 'Winter Social, Manchester'],
        ['Sat 31 Jan', 'Corn Exchange, York', 'Tickets on sale now'],
      ]),
    ),
    page(
      'gallery',
      'Gallery',
      pictures('On stage', [
        ['Summer festival', 'Main stage, 2026'],
        ['Studio days', 'Recording the EP'],
        ['Sold-out night', 'The Crown'],
        ['Soundcheck', 'Behind the scenes'],
      ]),
    ),
    page(
      'about',
      'About',
      prose(
        'About us',
        '{name} started in a garage in 2019 and now plays 60 shows a year. Our new record about {topic} is out now.',
      ),
    ),
    page(
      'contact',
      'Contact',
      form(
        'Booking enquiries',
        'enquiry',
        'Send enquiry',
        'Thanks! Our manager will get back to you within a few days.',
      ),
    ),
    inbox('enquiries', 'Enquiries', 'enquiry', { filters: ['eventType'], sort: asc('date') }),
  ],
};
