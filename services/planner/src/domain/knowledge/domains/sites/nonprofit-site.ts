import {
  bool,
  collection,
  email,
  features,
  form,
  hero,
  inbox,
  longtext,
  money,
  page,
  prose,
  testimonials,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const nonprofitSite: DomainEntry = {
  id: 'nonprofit-site',
  name: 'Non-profit website',
  kind: 'site',
  synonyms: [
    'non-profit website',
    'nonprofit website',
    'charity website',
    'ngo website',
    'donate page',
    'donation page',
    'our mission page',
    'volunteer sign-up page',
    'community group website',
    'cause website',
  ],
  description:
    'A site for a charity or non-profit: the mission, the programmes and their impact, stories, and a form to pledge a donation or volunteer.',
  collections: [
    collection(
      'pledge',
      'Pledge',
      'Pledges',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        money('amount', 'Amount', { required: true, min: 1, message: 'Please pledge at least 1' }),
        bool('monthly', 'Give monthly', { default: false }),
        bool('volunteer', 'I would also like to volunteer', { default: false }),
        longtext('message', 'Message'),
      ],
      {
        samples: [
          { name: 'Helen Ward', email: 'helen@example.com', amount: 25, monthly: true, volunteer: false },
          {
            name: 'Tunde Okoye',
            email: 'tunde@example.com',
            amount: 100,
            monthly: false,
            volunteer: true,
            message: 'Happy to help on weekends',
          },
        ],
      },
    ),
  ],
  aliases: { pledge: ['pledge', 'donation', 'gift', 'supporter', 'sign-up'] },
  core: ['pledge'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        '{name}',
        'We work for {topic}, with the people it matters to most. Every gift goes straight to our programmes.',
        { label: 'Donate', target: 'donate' },
      ),
      prose(
        'Our mission',
        'Since 2012 {name} has brought neighbours together around {topic}, because lasting change starts close to home.',
      ),
      features('What your support does', [
        ['£10', 'Buys a week of supplies for one family.'],
        ['£50', 'Trains a new volunteer.'],
        ['£250', 'Runs a community session for thirty people.'],
      ]),
      testimonials('Stories', [
        ['They treated me like a neighbour, not a case number.', 'Amira', 'Programme participant'],
        ['Volunteering here is the best part of my week.', 'George', 'Volunteer'],
      ]),
    ),
    page(
      'donate',
      'Donate',
      form(
        'Make a pledge',
        'pledge',
        'Pledge',
        'Thank you! We will email you the details to complete your gift.',
        'Give once or monthly; you can change it any time.',
      ),
    ),
    inbox('pledges', 'Pledges', 'pledge', { filters: ['monthly', 'volunteer'], totals: ['amount'] }),
  ],
};
