import {
  choice,
  collection,
  email,
  features,
  form,
  hero,
  inbox,
  longtext,
  page,
  schedule,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const cvSite: DomainEntry = {
  id: 'cv-site',
  name: 'Personal CV website',
  kind: 'site',
  synonyms: [
    'personal website',
    'cv website',
    'resume website',
    'online resume',
    'online cv',
    'about me page',
    'personal homepage',
    'developer portfolio',
    'job seeker site',
    'link in bio page',
  ],
  description:
    'A personal site with a short introduction, skills, a timeline of experience and education, and a contact form.',
  collections: [
    collection(
      'message',
      'Message',
      'Messages',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        choice('reason', 'Reason', ['Job opportunity', 'Freelance project', 'Just saying hi'], {
          default: 'Job opportunity',
        }),
        longtext('message', 'Message', { required: true }),
      ],
      {
        samples: [
          {
            name: 'Recruiter at Nova',
            email: 'talent@nova.example',
            reason: 'Job opportunity',
            message: 'We have a senior role that fits your profile.',
          },
          {
            name: 'Kim Lee',
            email: 'kim@example.com',
            reason: 'Just saying hi',
            message: 'Loved your talk last week!',
          },
        ],
      },
    ),
  ],
  aliases: { message: ['message', 'contact', 'enquiry'] },
  core: ['message'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        'Hi, I\u2019m {name}',
        'I work on {topic}, and I like turning messy problems into simple, useful things.',
        { label: 'Get in touch', target: 'contact' },
      ),
      features('What I do', [
        ['Product thinking', 'From a rough idea to something people use.'],
        ['Hands-on building', 'I design, write and ship.'],
        ['Clear communication', 'Plain words for every audience.'],
      ]),
    ),
    page(
      'experience',
      'Experience',
      schedule('Experience', [
        ['2023 – now', 'Lead, {topic}', 'Brightside Ltd'],
        ['2019 – 2023', 'Senior specialist', 'Fieldnotes'],
        ['2015 – 2019', 'BSc', 'University of Leeds'],
      ]),
    ),
    page(
      'contact',
      'Contact',
      form('Say hello', 'message', 'Send', 'Thanks for writing, I will reply soon.'),
    ),
    inbox('messages', 'Messages', 'message', { filters: ['reason'] }),
  ],
};
