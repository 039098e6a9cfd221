import {
  choice,
  collection,
  date,
  desc,
  email,
  faq,
  features,
  form,
  hero,
  inbox,
  page,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const waitlist: DomainEntry = {
  id: 'waitlist',
  name: 'App waitlist and launch page',
  kind: 'site',
  synonyms: [
    'waitlist',
    'waiting list page',
    'coming soon page',
    'launch page',
    'pre-launch page',
    'beta signup',
    'early access',
    'join the waitlist',
    'product hunt launch',
    'email capture page',
  ],
  description:
    'A coming-soon page for a new app: a promise, three reasons to care, questions and a form to join the waitlist for early access.',
  collections: [
    collection(
      'waitlistEntry',
      'Waitlist entry',
      'Waitlist',
      [
        email('email', 'Email', { required: true }),
        text('name', 'Name'),
        choice('role', 'I am a…', ['Individual', 'Team lead', 'Developer', 'Other']),
        choice('heardFrom', 'Heard about us from', ['Friend', 'Social media', 'Newsletter', 'Search']),
        date('joined', 'Joined', { default: 'today' }),
      ],
      {
        titleField: 'email',
        samples: [
          {
            email: 'ana@example.com',
            name: 'Ana',
            role: 'Team lead',
            heardFrom: 'Friend',
            joined: '2026-11-29',
          },
          { email: 'jp@example.com', role: 'Developer', heardFrom: 'Social media', joined: '2026-12-01' },
        ],
      },
    ),
  ],
  aliases: { waitlistEntry: ['waitlist entry', 'signup', 'sign-up', 'subscriber', 'lead'] },
  core: ['waitlistEntry'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        '{name} is coming soon',
        'The simplest way to handle {topic}. Join the waitlist and be first in line.',
        { label: 'Join the waitlist', target: '#waitlist' },
      ),
      features('Why you will love it', [
        ['Fast', 'Opens instantly, works offline.'],
        ['Simple', 'Everything you need, nothing you don\u2019t.'],
        ['Private', 'Your data stays yours.'],
      ]),
      form(
        'Join the waitlist',
        'waitlistEntry',
        'Join the waitlist',
        'You are on the list! We will email you when your invite is ready.',
      ),
      faq('Questions', [
        ['When does it launch?', 'Early next year; waitlist members get in first.'],
        ['Will it be free?', 'There will be a free plan, forever.'],
      ]),
    ),
    inbox('list', 'Waitlist', 'waitlistEntry', { filters: ['role', 'heardFrom'], sort: desc('joined') }),
  ],
};
