import {
  choice,
  collection,
  email,
  faq,
  form,
  hero,
  inbox,
  longtext,
  page,
  phone,
  prose,
  schedule,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const communitySite: DomainEntry = {
  id: 'community-site',
  name: 'Community group or club website',
  kind: 'site',
  synonyms: [
    'club website',
    'community website',
    'church website',
    'sports club website',
    'scout group website',
    'residents association website',
    'join our club',
    'membership sign-up page',
    'parish website',
    'society website',
  ],
  description:
    'A site for a club, congregation or community group: who you are, regular meetings, upcoming events, questions and a join-us form.',
  collections: [
    collection(
      'joinRequest',
      'Join request',
      'Join requests',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        phone('phone', 'Phone'),
        choice(
          'interest',
          'I am interested in',
          ['Joining', 'Volunteering', 'Coming to an event', 'Just finding out more'],
          { default: 'Joining' },
        ),
        longtext('message', 'Message'),
      ],
      {
        samples: [
          { name: 'Grace Obi', email: 'grace@example.com', interest: 'Joining' },
          {
            name: 'Felix Moreau',
            email: 'felix@example.com',
            interest: 'Volunteering',
            message: 'I can help with the website.',
          },
        ],
      },
    ),
  ],
  aliases: { joinRequest: ['join request', 'sign-up', 'membership request', 'enquiry', 'member'] },
  core: ['joinRequest'],
  pages: [
    page(
      'home',
      'Home',
      hero('{name}', 'A friendly group for everyone who loves {topic}. New faces always welcome.', {
        label: 'Join us',
        target: 'join',
      }),
      prose(
        'About us',
        '{name} has met every week since 1998. We are run by volunteers and open to all ages and abilities.',
      ),
      schedule('Regular meetings', [
        ['Tuesdays 19:00', 'Club night', 'Village hall'],
        ['Saturdays 10:00', 'Beginners session'],
        ['First Sunday', 'Family day'],
      ]),
    ),
    page(
      'events',
      'Events',
      schedule('Coming up', [
        ['13 Dec', 'Winter social', 'Mince pies and a quiz'],
        ['10 Jan', 'Annual meeting'],
        ['7 Feb', 'Open day'],
      ]),
    ),
    page(
      'faq',
      'Questions',
      faq('Questions', [
        ['How much does it cost?', 'Membership is £30 a year; your first visit is free.'],
        ['Do I need any experience?', 'Not at all, beginners are our favourite.'],
        ['Is the venue accessible?', 'Yes, step-free with an accessible toilet.'],
      ]),
    ),
    page(
      'join',
      'Join',
      form('Join us', 'joinRequest', 'Send', 'Thanks! Someone from the committee will be in touch soon.'),
    ),
    inbox('requests', 'Join requests', 'joinRequest', { filters: ['interest'] }),
  ],
};
