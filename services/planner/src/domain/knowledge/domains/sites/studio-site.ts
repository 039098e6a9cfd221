import {
  choice,
  collection,
  date,
  email,
  features,
  form,
  hero,
  inbox,
  page,
  phone,
  pricing,
  schedule,
  team,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const studioSite: DomainEntry = {
  id: 'studio-site',
  name: 'Gym or fitness studio website',
  kind: 'site',
  synonyms: [
    'gym website',
    'fitness studio website',
    'yoga studio website',
    'class timetable page',
    'personal trainer website',
    'dance studio website',
    'boxing gym website',
    'free trial class',
    'membership prices page',
    'climbing gym website',
  ],
  description:
    'A site for a gym or studio: the weekly class timetable, membership prices, the coaches and a free-trial sign-up form.',
  collections: [
    collection(
      'trial',
      'Trial sign-up',
      'Trial sign-ups',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        phone('phone', 'Phone'),
        choice('classType', 'Class you want to try', ['Yoga', 'HIIT', 'Spin', 'Strength', 'Boxing']),
        date('preferredDate', 'Preferred day'),
        choice('experience', 'Experience', ['New to this', 'Some', 'Lots']),
      ],
      {
        samples: [
          {
            name: 'Becky Shaw',
            email: 'becky@example.com',
            classType: 'Yoga',
            preferredDate: '2026-12-06',
            experience: 'New to this',
          },
          {
            name: 'Dev Anand',
            email: 'dev@example.com',
            phone: '555-0177',
            classType: 'Boxing',
            experience: 'Some',
          },
        ],
      },
    ),
  ],
  aliases: { trial: ['trial', 'free trial', 'sign-up', 'lead', 'booking'] },
  core: ['trial'],
  pages: [
    page(
      'home',
      'Home',
      hero('{name}', 'Friendly {topic} classes for every body. Your first class is free.', {
        label: 'Try a free class',
        target: 'trial',
      }),
      features('Why {name}', [
        ['Small classes', 'Never more than 14, so coaches know your name.'],
        ['All levels', 'Every move has an easier and a harder option.'],
        ['Open early and late', 'Classes from 6:30 to 21:00.'],
      ]),
    ),
    page(
      'timetable',
      'Timetable',
      schedule('This week', [
        ['Mon 07:00', 'Morning yoga', 'Nia'],
        ['Mon 18:30', 'HIIT 45', 'Carlos'],
        ['Wed 19:00', 'Spin', 'Jo'],
        ['Sat 10:00', 'Strength basics', 'Carlos'],
      ]),
    ),
    page(
      'prices',
      'Prices',
      pricing('Membership', [
        { name: 'Drop-in', price: '£12', period: 'per class', features: ['Any class', 'No commitment'] },
        {
          name: 'Unlimited',
          price: '£59',
          period: 'per month',
          features: ['Every class', 'Open gym', 'Bring a friend monthly'],
          highlighted: true,
        },
        { name: '10-class pack', price: '£95', features: ['Use within 3 months', 'Share with family'] },
      ]),
      team('Coaches', [
        ['Nia Brooks', 'Yoga and Pilates'],
        ['Carlos Vega', 'Strength and HIIT'],
        ['Jo Kim', 'Spin'],
      ]),
    ),
    page(
      'trial',
      'Free trial',
      form(
        'Book your free class',
        'trial',
        'Book free class',
        'See you soon! We will email you the details.',
      ),
    ),
    inbox('trials', 'Trial sign-ups', 'trial', { filters: ['classType', 'experience'] }),
  ],
};
