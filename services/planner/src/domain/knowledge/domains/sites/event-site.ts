import {
  bool,
  choice,
  collection,
  email,
  faq,
  features,
  form,
  hero,
  inbox,
  page,
  pricing,
  schedule,
  team,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const eventSite: DomainEntry = {
  id: 'event-site',
  name: 'Conference or event website',
  kind: 'site',
  synonyms: [
    'event website',
    'conference website',
    'event landing page',
    'festival website',
    'meetup page',
    'event sign-up page',
    'summit website',
    'hackathon page',
    'speakers page',
    'event registration page',
  ],
  description:
    'A site for a conference, festival or meetup: what it is, the speakers, the schedule, ticket types and a registration form.',
  collections: [
    collection(
      'registration',
      'Registration',
      'Registrations',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        text('company', 'Company'),
        choice('ticket', 'Ticket', ['Community', 'Standard', 'Supporter'], {
          required: true,
          default: 'Standard',
        }),
        choice('dietary', 'Dietary needs', ['None', 'Vegetarian', 'Vegan', 'Gluten-free', 'Other']),
        bool('newsletter', 'Send me updates', { default: true }),
      ],
      {
        samples: [
          {
            name: 'Ama Owusu',
            email: 'ama@example.com',
            company: 'Datawise',
            ticket: 'Standard',
            dietary: 'Vegetarian',
            newsletter: true,
          },
          {
            name: 'Lukas Meyer',
            email: 'lukas@example.com',
            ticket: 'Community',
            dietary: 'None',
            newsletter: false,
          },
        ],
      },
    ),
  ],
  aliases: { registration: ['registration', 'sign-up', 'ticket', 'attendee'] },
  core: ['registration'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        '{name} 2027',
        'One day of talks, workshops and hallway conversations about {topic}. 22 April, city centre.',
        { label: 'Get a ticket', target: 'register' },
      ),
      features('What to expect', [
        ['20 talks', 'Practical sessions from people doing the work.'],
        ['Hands-on workshops', 'Small groups, real problems, bring a laptop.'],
        ['Great people', 'Meet 400 others who care about {topic}.'],
      ]),
      team('Speakers', [
        ['Dr Ife Balogun', 'Open Data Lab', 'Keynote on {topic} in public services'],
        ['Martin Kraus', 'Streamworks'],
        ['Sofia Almeida', 'Independent researcher'],
      ]),
    ),
    page(
      'schedule',
      'Schedule',
      schedule('Programme', [
        ['09:00', 'Doors and coffee'],
        ['09:30', 'Opening keynote', 'Main stage'],
        ['11:00', 'Talks in two tracks'],
        ['13:00', 'Lunch'],
        ['14:00', 'Workshops'],
        ['17:00', 'Closing panel and drinks'],
      ]),
    ),
    page(
      'tickets',
      'Tickets',
      pricing('Tickets', [
        { name: 'Community', price: '$49', features: ['All talks', 'Lunch and coffee'] },
        {
          name: 'Standard',
          price: '$149',
          features: ['All talks and workshops', 'Lunch and coffee', 'Recordings'],
          highlighted: true,
        },
        {
          name: 'Supporter',
          price: '$299',
          features: ['Everything in Standard', 'Funds a free student ticket', 'Speaker dinner'],
        },
      ]),
      faq('Questions', [
        ['Is there a code of conduct?', 'Yes, and we enforce it. Read it before you come.'],
        ['Will talks be recorded?', 'Yes, for Standard and Supporter ticket holders.'],
      ]),
    ),
    page(
      'register',
      'Register',
      form('Register', 'registration', 'Register', 'You are in! Your ticket is on its way by email.'),
    ),
    inbox('registrations', 'Registrations', 'registration', { filters: ['ticket', 'dietary'] }),
  ],
};
