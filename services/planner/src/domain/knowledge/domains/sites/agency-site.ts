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
  pictures,
  team,
  testimonials,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const agencySite: DomainEntry = {
  id: 'agency-site',
  name: 'Agency or studio website',
  kind: 'site',
  synonyms: [
    'agency website',
    'design agency website',
    'studio website',
    'marketing agency site',
    'consultancy website',
    'web design agency',
    'creative studio',
    'our services page',
    'case studies',
    'small business website',
  ],
  description:
    'A site for an agency, studio or consultancy: services, selected work, the team, client testimonials and a project enquiry form.',
  collections: [
    collection(
      'enquiry',
      'Project enquiry',
      'Project enquiries',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        text('company', 'Company'),
        choice('service', 'Service', ['Branding', 'Website', 'Campaign', 'Strategy', 'Not sure yet']),
        choice('budget', 'Budget', ['Under 5k', '5–20k', '20–50k', '50k+']),
        longtext('brief', 'Tell us about the project', { required: true }),
      ],
      {
        samples: [
          {
            name: 'Lucy Tran',
            email: 'lucy@greenleaf.example',
            company: 'Greenleaf',
            service: 'Branding',
            budget: '5–20k',
            brief: 'New identity for our grocery stores.',
          },
          {
            name: 'Omar Farouk',
            email: 'omar@tidal.example',
            company: 'Tidal',
            service: 'Website',
            budget: '20–50k',
            brief: 'Rebuild our marketing site.',
          },
        ],
      },
    ),
  ],
  aliases: { enquiry: ['enquiry', 'inquiry', 'brief', 'lead', 'project request'] },
  core: ['enquiry'],
  pages: [
    page(
      'home',
      'Home',
      hero('{name}', 'An independent studio for {topic}. We help ambitious teams look as good as they are.', {
        label: 'Start a project',
        target: 'contact',
      }),
      features('Services', [
        ['Brand identity', 'Names, logos and systems that last.'],
        ['Websites', 'Fast, accessible sites your team can edit.'],
        ['Campaigns', 'Ideas that travel across every channel.'],
        ['Strategy', 'Research and positioning before pixels.'],
      ]),
      testimonials('Clients', [
        ['They understood our business better than we did.', 'Lucy Tran', 'Founder, Greenleaf'],
        ['On time, on budget and a joy to work with.', 'Marcus Hale', 'CMO, Tidal'],
      ]),
    ),
    page(
      'work',
      'Work',
      pictures('Selected work', [
        ['Greenleaf', 'Brand identity'],
        ['Tidal', 'Website'],
        ['Northern Trust', 'Campaign'],
        ['Mosaic', 'Packaging'],
      ]),
    ),
    page(
      'team',
      'Team',
      team('The team', [
        ['Ana Ruiz', 'Creative director'],
        ['Ben Cole', 'Design lead'],
        ['Priya Das', 'Strategy'],
        ['Sam Oduya', 'Developer'],
      ]),
    ),
    page(
      'contact',
      'Contact',
      form('Start a project', 'enquiry', 'Send brief', 'Thanks! We will reply within two working days.'),
    ),
    inbox('enquiries', 'Enquiries', 'enquiry', { filters: ['service', 'budget'] }),
  ],
};
