import {
  $,
  asc,
  calendar,
  cards,
  choice,
  collection,
  computed,
  count,
  date,
  email,
  eq,
  longtext,
  num,
  page,
  phone,
  ref,
  stats,
  table,
  text,
  time,
  val,
  yearsSince,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const clinic: DomainEntry = {
  id: 'clinic',
  name: 'Medical clinic',
  kind: 'data',
  synonyms: [
    'clinic',
    'medical clinic',
    'patient records',
    'doctor appointments',
    'gp practice',
    'patient management',
    'health centre',
    'physiotherapy clinic',
    'therapist appointments',
    'medical practice',
    'patients and doctors',
  ],
  description:
    'Keep patients and doctors and book appointments between them, with visit notes, reasons and who did not show up.',
  collections: [
    collection(
      'patient',
      'Patient',
      'Patients',
      [
        text('name', 'Name', { required: true }),
        date('birthDate', 'Date of birth'),
        computed('age', 'Age', 'number', yearsSince('birthDate'), { unit: 'years' }),
        phone('phone', 'Phone'),
        email('email', 'Email'),
        text('allergies', 'Allergies'),
        longtext('notes', 'Medical notes'),
      ],
      {
        samples: [
          { name: 'Elena Petrova', birthDate: '1984-06-12', phone: '555-0150', allergies: 'Penicillin' },
          { name: 'Daniel Kim', birthDate: '2011-02-03', phone: '555-0151' },
        ],
      },
    ),
    collection(
      'doctor',
      'Doctor',
      'Doctors',
      [
        text('name', 'Name', { required: true }),
        choice('specialty', 'Specialty', [
          'General practice',
          'Paediatrics',
          'Physiotherapy',
          'Dermatology',
          'Cardiology',
        ]),
        text('room', 'Room'),
        phone('phone', 'Phone'),
      ],
      {
        samples: [
          { name: 'Dr Amina Yusuf', specialty: 'General practice', room: '3' },
          { name: 'Dr Peter Lang', specialty: 'Paediatrics', room: '5' },
        ],
      },
    ),
    collection(
      'appointment',
      'Appointment',
      'Appointments',
      [
        ref('patient', 'Patient', 'patient', { required: true }),
        ref('doctor', 'Doctor', 'doctor', { required: true }),
        date('date', 'Date', { required: true }),
        time('time', 'Time', { required: true }),
        num('duration', 'Length', { min: 5, max: 120, unit: 'min', default: 15 }),
        choice('status', 'Status', ['Booked', 'Arrived', 'Seen', 'No-show', 'Cancelled'], {
          default: 'Booked',
        }),
        text('reason', 'Reason'),
        longtext('notes', 'Visit notes'),
      ],
      {
        titleField: 'patient',
        samples: [
          {
            patient: 'Elena Petrova',
            doctor: 'Dr Amina Yusuf',
            date: '2026-12-03',
            time: '09:15',
            duration: 15,
            status: 'Booked',
            reason: 'Blood pressure check',
          },
          {
            patient: 'Daniel Kim',
            doctor: 'Dr Peter Lang',
            date: '2026-12-03',
            time: '10:00',
            duration: 20,
            status: 'Booked',
            reason: 'Vaccination',
          },
        ],
      },
    ),
  ],
  aliases: {
    patient: ['patient', 'client'],
    doctor: ['doctor', 'physician', 'clinician', 'practitioner', 'therapist'],
    appointment: ['appointment', 'visit', 'consultation', 'booking'],
  },
  core: ['patient', 'doctor', 'appointment'],
  pages: [
    page(
      'today',
      'Today',
      stats(
        count('Appointments today', 'appointment', { period: { field: 'date', within: 'today' } }),
        count('This week', 'appointment', { period: { field: 'date', within: 'week' } }),
        count('No-shows this month', 'appointment', {
          where: eq($('status'), val('No-show')),
          period: { field: 'date', within: 'month' },
        }),
      ),
      table('appointment', {
        title: 'Waiting room',
        form: false,
        filters: ['doctor', 'status'],
        sort: asc('time'),
        actions: [
          { label: 'Arrived', set: { status: 'Arrived' } },
          { label: 'Seen', set: { status: 'Seen' } },
        ],
      }),
    ),
    page('appointments', 'Appointments', calendar('appointment', 'date', { filters: ['doctor', 'status'] })),
    page('patients', 'Patients', table('patient', { search: true, sort: asc('name') })),
    page('doctors', 'Doctors', cards('doctor', { filters: ['specialty'] })),
  ],
};
