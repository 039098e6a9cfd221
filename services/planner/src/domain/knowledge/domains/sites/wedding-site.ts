import {
  choice,
  collection,
  email,
  faq,
  form,
  hero,
  inbox,
  longtext,
  num,
  page,
  prose,
  schedule,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const weddingSite: DomainEntry = {
  id: 'wedding-site',
  name: 'Wedding website',
  kind: 'site',
  synonyms: [
    'wedding website',
    'wedding site',
    'wedding rsvp',
    'rsvp form',
    'our wedding page',
    'save the date',
    'wedding invitation site',
    'wedding day schedule',
    'engagement website',
    'wedding info page',
  ],
  description:
    'A wedding website for guests: the couple\u2019s story, the day\u2019s schedule, travel and stay tips, questions and an RSVP form.',
  collections: [
    collection(
      'rsvp',
      'RSVP',
      'RSVPs',
      [
        text('name', 'Your name(s)', { required: true }),
        email('email', 'Email', { required: true }),
        choice('attending', 'Will you come?', ['Joyfully accepts', 'Regretfully declines'], {
          required: true,
        }),
        num('guests', 'Number of guests', { min: 1, max: 6, default: 1 }),
        choice('meal', 'Meal choice', ['Meat', 'Fish', 'Vegetarian', 'Vegan']),
        text('song', 'A song that will get you dancing'),
        longtext('message', 'Message for the couple'),
      ],
      {
        samples: [
          {
            name: 'Aunt Jo and Uncle Pete',
            email: 'jo@example.com',
            attending: 'Joyfully accepts',
            guests: 2,
            meal: 'Fish',
            song: 'September',
          },
          {
            name: 'Marco Rossi',
            email: 'marco@example.com',
            attending: 'Regretfully declines',
            guests: 1,
            message: 'So sorry to miss it, much love!',
          },
        ],
      },
    ),
  ],
  aliases: { rsvp: ['rsvp', 'reply', 'response', 'guest'] },
  core: ['rsvp'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        '{name} are getting married',
        'Join us for a day of {topic}, good food and dancing. We can\u2019t wait to celebrate with you.',
        { label: 'RSVP', target: 'rsvp' },
      ),
      prose(
        'Our story',
        'We met on a rainy Tuesday and have been arguing happily about the best pizza topping ever since.',
      ),
    ),
    page(
      'the-day',
      'The day',
      schedule('Schedule', [
        ['14:00', 'Ceremony', 'In the garden, rain or shine'],
        ['15:00', 'Drinks and photos'],
        ['17:30', 'Dinner'],
        ['20:00', 'First dance and party'],
        ['00:00', 'Carriages'],
      ]),
      faq('Good to know', [
        ['Is there parking?', 'Yes, free parking on site.'],
        ['Can I bring a plus-one?', 'If your invitation names them, please do.'],
        ['What should I wear?', 'Summer smart; comfortable shoes for the lawn.'],
      ]),
    ),
    page(
      'travel',
      'Travel and stay',
      prose(
        'Getting there',
        'The venue is a short taxi ride from the station. We have held rooms at two nearby hotels; mention {name} when booking.',
      ),
    ),
    page(
      'rsvp',
      'RSVP',
      form('RSVP', 'rsvp', 'Send reply', 'Thank you! Your reply is with us.', 'Please reply by 1 May.'),
    ),
    inbox('replies', 'Replies', 'rsvp', { filters: ['attending', 'meal'], totals: ['guests'] }),
  ],
};
