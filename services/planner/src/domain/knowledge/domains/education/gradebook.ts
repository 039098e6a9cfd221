import {
  $,
  asc,
  average,
  bool,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  div,
  email,
  lookup,
  lt,
  lte,
  mul,
  num,
  page,
  ref,
  rollup,
  round,
  rule,
  stats,
  table,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const gradebook: DomainEntry = {
  id: 'gradebook',
  name: 'Gradebook',
  kind: 'dashboard',
  synonyms: [
    'gradebook',
    'grade book',
    'mark book',
    'markbook',
    'student grades',
    'grading',
    'test scores',
    'exam results',
    'report card',
    'grade calculator',
    'weighted grades',
  ],
  description:
    'A teacher\u2019s mark book: students, graded pieces of work with a weight, and the scores, with each student\u2019s average and who is below passing.',
  collections: [
    collection(
      'student',
      'Student',
      'Students',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email'),
        text('group', 'Group'),
        computed(
          'average',
          'Average',
          'number',
          rollup('score', 'average', { field: 'percent', via: 'student' }),
          { unit: '%' },
        ),
        computed(
          'atRisk',
          'Below passing',
          'boolean',
          lt(rollup('score', 'average', { field: 'percent', via: 'student' }), 50),
        ),
      ],
      {
        samples: [
          { name: 'Aaliyah Stone', email: 'aaliyah@school.example', group: 'Period 2' },
          { name: 'Ben Osei', email: 'ben@school.example', group: 'Period 2' },
          { name: 'Chloé Martin', email: 'chloe@school.example', group: 'Period 4' },
        ],
      },
    ),
    collection(
      'work',
      'Graded work',
      'Graded work',
      [
        text('title', 'Title', { required: true }),
        choice('category', 'Category', ['Homework', 'Quiz', 'Test', 'Project', 'Exam'], { required: true }),
        date('date', 'Date'),
        num('outOf', 'Out of', { required: true, min: 1, default: 100 }),
        num('weight', 'Weight', { min: 0, max: 100, unit: '%' }),
      ],
      {
        samples: [
          { title: 'Quiz 3: photosynthesis', category: 'Quiz', date: '2026-11-17', outOf: 10, weight: 5 },
          { title: 'Mid-term test', category: 'Test', date: '2026-11-26', outOf: 60, weight: 25 },
        ],
      },
    ),
    collection(
      'score',
      'Score',
      'Scores',
      [
        ref('student', 'Student', 'student', { required: true }),
        ref('work', 'Work', 'work', { required: true }),
        num('points', 'Points', { required: true, min: 0 }),
        computed('percent', 'Percent', 'number', round(mul(div($('points'), lookup('work', 'outOf')), 100)), {
          unit: '%',
        }),
        bool('late', 'Handed in late', { default: false }),
      ],
      {
        titleField: 'student',
        rules: [
          rule(lte($('points'), lookup('work', 'outOf')), 'Points cannot be more than the work is out of'),
        ],
        samples: [
          { student: 'Aaliyah Stone', work: 'Quiz 3: photosynthesis', points: 9, late: false },
          { student: 'Ben Osei', work: 'Quiz 3: photosynthesis', points: 4, late: true },
          { student: 'Chloé Martin', work: 'Mid-term test', points: 47, late: false },
        ],
      },
    ),
  ],
  aliases: {
    student: ['student', 'pupil', 'learner'],
    work: ['graded work', 'assessment', 'test', 'quiz', 'homework', 'exam'],
    score: ['score', 'grade', 'mark', 'result'],
  },
  core: ['student', 'work', 'score'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        average('Class average', 'score', 'percent', { unit: '%' }),
        count('Below passing', 'student', { where: $('atRisk') }),
        count('Late hand-ins', 'score', { where: $('late') }),
      ),
      chart('Graded work by category', 'work', 'bar', 'count', 'category'),
      table('student', { title: 'Students', form: false, sort: asc('average'), filters: ['atRisk'] }),
    ),
    page(
      'scores',
      'Scores',
      table('score', { filters: ['student', 'work', 'late'], importCsv: true, exportCsv: true }),
    ),
    page('work', 'Graded work', table('work', { filters: ['category'], sort: desc('date') })),
    page('students', 'Students', table('student', { search: true, sort: asc('name') })),
  ],
};
