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
  num,
  page,
  pricing,
  testimonials,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const saasLanding: DomainEntry = {
  id: 'saas-landing',
  name: 'SaaS product landing page',
  kind: 'site',
  synonyms: [
    'landing page',
    'saas landing page',
    'product landing page',
    'startup website',
    'software product page',
    'pricing page',
    'saas website',
    'marketing site',
    'homepage for my app',
    'product website',
    'b2b landing page',
  ],
  description:
    'A landing page for a software product: a hero, features, three pricing tiers, testimonials, questions and a sign-up form.',
  collections: [
    collection(
      'signup',
      'Sign-up',
      'Sign-ups',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Work email', { required: true }),
        text('company', 'Company'),
        choice('plan', 'Plan', ['Starter', 'Pro', 'Business'], { default: 'Pro' }),
        num('teamSize', 'Team size', { min: 1, max: 10000 }),
        date('date', 'Signed up on', { default: 'today' }),
      ],
      {
        samples: [
          {
            name: 'Maya Lopez',
            email: 'maya@brightside.example',
            company: 'Brightside',
            plan: 'Pro',
            teamSize: 12,
            date: '2026-11-30',
          },
          {
            name: 'Jon Park',
            email: 'jon@fieldnotes.example',
            plan: 'Starter',
            teamSize: 2,
            date: '2026-12-01',
          },
        ],
      },
    ),
  ],
  aliases: { signup: ['sign-up', 'signup', 'trial', 'lead', 'registration'] },
  core: ['signup'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        '{name}: {topic} without the busywork',
        '{name} brings your team\u2019s {topic} into one calm place, so the work gets done and nobody chases updates.',
        { label: 'Start free trial', target: '#signup' },
      ),
      features('Why teams choose {name}', [
        ['Set up in minutes', 'Import what you have and invite your team; no training needed.'],
        ['Everything in one place', 'Plans, files and conversations about {topic} live side by side.'],
        [
          'Reports that write themselves',
          'See progress at a glance with dashboards that update as you work.',
        ],
        ['Secure by default', 'Single sign-on, encryption at rest and fine-grained permissions.'],
      ]),
      testimonials('Loved by busy teams', [
        ['We replaced three tools with {name} and got our Fridays back.', 'Priya S.', 'Operations lead'],
        ['The first tool for {topic} my whole team actually uses.', 'Daniel R.', 'Founder'],
      ]),
    ),
    page(
      'pricing',
      'Pricing',
      pricing(
        'Simple pricing',
        [
          {
            name: 'Starter',
            price: 'Free',
            features: ['Up to 3 people', 'Core features', 'Community support'],
          },
          {
            name: 'Pro',
            price: '$12',
            period: 'per user / month',
            features: ['Unlimited projects', 'Reports and exports', 'Priority support'],
            highlighted: true,
          },
          {
            name: 'Business',
            price: '$29',
            period: 'per user / month',
            features: ['Single sign-on', 'Audit log', 'Dedicated success manager'],
          },
        ],
        'Start free, upgrade when your team grows. Cancel any time.',
      ),
      faq('Questions', [
        ['Is there a free trial?', 'Yes: every paid plan starts with 14 days free, no card needed.'],
        ['Can I change plans later?', 'Any time, from your settings; we prorate the difference.'],
        ['Where is my data stored?', 'In encrypted data centres in the EU or US, your choice.'],
      ]),
    ),
    page(
      'signup',
      'Sign up',
      form(
        'Start your free trial',
        'signup',
        'Create my account',
        'Thanks! Check your inbox for a link to get started.',
        'Fourteen days free. No card needed.',
      ),
    ),
    inbox('signups', 'Sign-ups', 'signup', { filters: ['plan'], sort: desc('date') }),
  ],
};
