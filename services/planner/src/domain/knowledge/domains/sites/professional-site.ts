import {
  choice,
  collection,
  email,
  faq,
  features,
  form,
  hero,
  inbox,
  longtext,
  page,
  phone,
  team,
  testimonials,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const professionalSite: DomainEntry = {
  id: 'professional-site',
  name: 'Professional services website',
  kind: 'site',
  synonyms: [
    'law firm website',
    'accountant website',
    'lawyer website',
    'financial adviser website',
    'consultant website',
    'architect website',
    'bookkeeper website',
    'tax advisor website',
    'book a consultation',
    'free consultation form',
  ],
  description:
    'A site for a law firm, accountant or consultant: areas of practice, the people, how fees work, questions and a consultation request form.',
  collections: [
    collection(
      'consultation',
      'Consultation request',
      'Consultation requests',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        phone('phone', 'Phone'),
        choice('area', 'Area', ['Business', 'Personal', 'Property', 'Tax', 'Other'], { required: true }),
        choice('contactBy', 'Contact me by', ['Email', 'Phone']),
        longtext('summary', 'Briefly, how can we help?', { required: true }),
      ],
      {
        samples: [
          {
            name: 'Henrik Olsen',
            email: 'henrik@example.com',
            area: 'Business',
            contactBy: 'Email',
            summary: 'Setting up a limited company for my studio.',
          },
          {
            name: 'Amelia Ross',
            email: 'amelia@example.com',
            phone: '555-0191',
            area: 'Property',
            contactBy: 'Phone',
            summary: 'Buying my first flat.',
          },
        ],
      },
    ),
  ],
  aliases: { consultation: ['consultation', 'enquiry', 'inquiry', 'request', 'lead'] },
  core: ['consultation'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        '{name}',
        'Clear, practical advice on {topic} for people and small businesses. First conversation free.',
        { label: 'Book a consultation', target: 'contact' },
      ),
      features('How we can help', [
        ['For businesses', 'Setting up, contracts, growth and the paperwork in between.'],
        ['For individuals', 'Life changes, property and planning ahead.'],
        ['Fixed fees', 'A price agreed up front, so there are no surprises.'],
      ]),
      testimonials('Clients say', [
        ['They explained everything in plain English.', 'Henrik O.', 'Business owner'],
        ['Quick, clear and fairly priced.', 'Amelia R.', 'Client'],
      ]),
    ),
    page(
      'people',
      'Our people',
      team('Our people', [
        ['Adwoa Mensah', 'Partner', 'Twenty years advising on {topic}.'],
        ['Richard Cole', 'Senior associate'],
        ['Mei Tanaka', 'Associate'],
      ]),
    ),
    page(
      'faq',
      'Fees and questions',
      faq('Questions', [
        ['How much does a first meeting cost?', 'The first 30 minutes are free.'],
        ['Do you work remotely?', 'Yes, by video or phone, or in our office.'],
        ['How are fees set?', 'Fixed fees for most work; hourly only when we cannot predict it.'],
      ]),
    ),
    page(
      'contact',
      'Contact',
      form(
        'Book a free consultation',
        'consultation',
        'Send request',
        'Thanks, we will be in touch within one working day.',
      ),
    ),
    inbox('requests', 'Consultation requests', 'consultation', { filters: ['area', 'contactBy'] }),
  ],
};
