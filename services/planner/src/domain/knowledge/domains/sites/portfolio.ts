import {
  choice,
  collection,
  date,
  email,
  form,
  hero,
  inbox,
  longtext,
  page,
  pictures,
  prose,
  testimonials,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const portfolio: DomainEntry = {
  id: 'portfolio',
  name: 'Photographer or artist portfolio',
  kind: 'site',
  synonyms: [
    'portfolio',
    'portfolio website',
    'photography portfolio',
    'photographer website',
    'artist website',
    'illustrator portfolio',
    'art gallery site',
    'designer portfolio',
    'showcase my work',
    'online portfolio',
  ],
  description:
    'A portfolio site for a photographer, illustrator or artist: a gallery of work, an about page, kind words from clients and a contact form.',
  collections: [
    collection(
      'message',
      'Message',
      'Messages',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        choice('subject', 'About', ['Commission', 'Print sale', 'Collaboration', 'Other'], {
          default: 'Commission',
        }),
        date('eventDate', 'Date of the shoot or deadline'),
        longtext('message', 'Message', { required: true }),
      ],
      {
        samples: [
          {
            name: 'Elif Demir',
            email: 'elif@example.com',
            subject: 'Commission',
            eventDate: '2027-05-22',
            message: 'Could you photograph our small garden wedding?',
          },
          {
            name: 'Gallery North',
            email: 'hello@gallerynorth.example',
            subject: 'Collaboration',
            message: 'We would love to show your series next spring.',
          },
        ],
      },
    ),
  ],
  aliases: { message: ['message', 'enquiry', 'inquiry', 'contact', 'commission request'] },
  core: ['message'],
  pages: [
    page(
      'home',
      'Home',
      hero('{name}', '{topic} with patience and natural light. Based in the city, available worldwide.', {
        label: 'See the work',
        target: 'work',
      }),
      pictures('Selected work', [
        ['Morning harbour', 'Fine art print'],
        ['Quiet studio', 'Editorial'],
        ['Wildflowers', 'Personal series'],
        ['City at dusk', 'Commission'],
        ['Portrait in blue', 'Portrait'],
        ['Salt and stone', 'Landscape'],
      ]),
    ),
    page(
      'work',
      'Work',
      pictures('Portfolio', [
        ['Series one', 'Landscapes, 2025'],
        ['Series two', 'Portraits, 2026'],
        ['Commissions', 'Brands and events'],
        ['Prints', 'Signed, limited editions'],
      ]),
    ),
    page(
      'about',
      'About',
      prose(
        'About {name}',
        'I have spent ten years making pictures about {topic}. I work slowly, listen first and deliver images that feel like the people and places in them.',
      ),
      testimonials('Clients say', [
        ['Calm, kind and the photos took our breath away.', 'Hannah & Joe', 'Wedding clients'],
        ['Delivered on time and beyond the brief.', 'Studio Marlow', 'Editorial client'],
      ]),
    ),
    page(
      'contact',
      'Contact',
      form(
        'Work with me',
        'message',
        'Send message',
        'Thank you, I will reply within two working days.',
        'Tell me what you have in mind and when.',
      ),
    ),
    inbox('messages', 'Messages', 'message', { filters: ['subject'] }),
  ],
};
