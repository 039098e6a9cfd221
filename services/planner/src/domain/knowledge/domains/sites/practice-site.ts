import {
  $,
  bool,
  choice,
  collection,
  date,
  email,
  faq,
  features,
  form,
  gte,
  hero,
  hours,
  inbox,
  isEmpty,
  longtext,
  or,
  page,
  phone,
  rule,
  team,
  text,
  today,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const practiceSite: DomainEntry = {
  id: 'practice-site',
  name: 'Dental or medical practice website',
  kind: 'site',
  synonyms: [
    'dental practice website',
    'dentist website',
    'clinic website',
    'doctor website',
    'physio website',
    'medical practice website',
    'therapist website',
    'book an appointment online',
    'chiropractor website',
    'optician website',
  ],
  description:
    'A site for a dental, medical or therapy practice: services, the team, opening hours, common questions and an appointment request form.',
  collections: [
    collection(
      'appointmentRequest',
      'Appointment request',
      'Appointment requests',
      [
        text('name', 'Name', { required: true }),
        phone('phone', 'Phone', { required: true }),
        email('email', 'Email'),
        choice('service', 'Service', ['Check-up', 'Hygiene', 'Emergency', 'Cosmetic', 'Consultation'], {
          required: true,
        }),
        date('preferredDate', 'Preferred date'),
        bool('newPatient', 'I am a new patient', { default: true }),
        longtext('notes', 'Anything we should know'),
      ],
      {
        rules: [
          rule(
            or(isEmpty($('preferredDate')), gte($('preferredDate'), today)),
            'Please choose today or a later date',
          ),
        ],
        samples: [
          {
            name: 'Kate Morgan',
            phone: '555-0131',
            service: 'Check-up',
            preferredDate: '2026-12-09',
            newPatient: true,
          },
          {
            name: 'Idris Bello',
            phone: '555-0132',
            email: 'idris@example.com',
            service: 'Emergency',
            newPatient: false,
            notes: 'Chipped tooth',
          },
        ],
      },
    ),
  ],
  aliases: { appointmentRequest: ['appointment', 'appointment request', 'booking', 'request'] },
  core: ['appointmentRequest'],
  pages: [
    page(
      'home',
      'Home',
      hero('{name}', 'Gentle, modern {topic} for the whole family. New patients welcome.', {
        label: 'Request an appointment',
        target: 'book',
      }),
      features('Our services', [
        ['Check-ups', 'Thorough, unhurried and explained in plain words.'],
        ['Hygiene', 'Cleaning and advice to keep problems away.'],
        ['Emergencies', 'Same-day slots kept free every morning.'],
        ['Nervous patients', 'We go at your pace; just tell us.'],
      ]),
      hours('Opening hours', [
        ['Monday – Thursday', '8:00 – 18:00'],
        ['Friday', '8:00 – 16:00'],
        ['Saturday', 'By appointment'],
      ]),
    ),
    page(
      'team',
      'Our team',
      team('Meet the team', [
        ['Dr Sara Holm', 'Principal', '15 years of practice, special interest in anxious patients.'],
        ['Dr Ravi Menon', 'Associate'],
        ['Tom Baker', 'Hygienist'],
      ]),
    ),
    page(
      'faq',
      'Questions',
      faq('Questions', [
        ['Do you take new patients?', 'Yes, use the form and we will call you back.'],
        ['What if it is an emergency?', 'Call us first thing; we keep same-day slots.'],
        ['Is there parking?', 'Two free spaces behind the building, and street parking.'],
      ]),
    ),
    page(
      'book',
      'Book',
      form(
        'Request an appointment',
        'appointmentRequest',
        'Send request',
        'Thanks, we will call you within one working day to confirm a time.',
      ),
    ),
    inbox('requests', 'Appointment requests', 'appointmentRequest', { filters: ['service', 'newPatient'] }),
  ],
};
