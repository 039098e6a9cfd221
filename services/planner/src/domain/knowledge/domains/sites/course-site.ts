import {
  choice,
  collection,
  email,
  faq,
  features,
  form,
  hero,
  inbox,
  longtext,
  page,
  pricing,
  schedule,
  team,
  testimonials,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const courseSite: DomainEntry = {
  id: 'course-site',
  name: 'Course or teacher website',
  kind: 'site',
  synonyms: [
    'course website',
    'course landing page',
    'teacher website',
    'online class page',
    'workshop sales page',
    'bootcamp website',
    'coaching website',
    'masterclass page',
    'enrol now page',
    'language school website',
  ],
  description:
    'A site that sells a course or class: what you will learn, the curriculum, the teacher, prices, reviews, questions and an enrolment form.',
  collections: [
    collection(
      'enrolment',
      'Enrolment',
      'Enrolments',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        choice('option', 'Option', ['Self-paced', 'Live cohort', 'One-to-one'], {
          required: true,
          default: 'Live cohort',
        }),
        choice('level', 'Your level', ['Beginner', 'Some experience', 'Advanced']),
        longtext('goals', 'What do you hope to learn?'),
      ],
      {
        samples: [
          {
            name: 'Rosa Martín',
            email: 'rosa@example.com',
            option: 'Live cohort',
            level: 'Beginner',
            goals: 'Paint my first landscape',
          },
          {
            name: 'Yusuf Kaya',
            email: 'yusuf@example.com',
            option: 'Self-paced',
            level: 'Some experience',
          },
        ],
      },
    ),
  ],
  aliases: { enrolment: ['enrolment', 'enrollment', 'registration', 'sign-up', 'student'] },
  core: ['enrolment'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        'Learn {topic} with {name}',
        'A friendly six-week course that takes you from first steps to confident, with feedback on every piece.',
        { label: 'Enrol now', target: 'enrol' },
      ),
      features('What you will learn', [
        ['The foundations', 'The few ideas everything else rests on.'],
        ['Real projects', 'One finished piece every week.'],
        ['Personal feedback', 'Notes on your work from the teacher.'],
      ]),
      schedule('Curriculum', [
        ['Week 1', 'Getting started'],
        ['Week 2', 'Core techniques'],
        ['Week 3', 'Practice project'],
        ['Week 4', 'Going further'],
        ['Week 5', 'Your own style'],
        ['Week 6', 'Final project and review'],
      ]),
      team('Your teacher', [['{name}', 'Teacher', 'Has taught {topic} to over 2,000 students.']]),
    ),
    page(
      'pricing',
      'Pricing',
      pricing('Ways to join', [
        { name: 'Self-paced', price: '$79', features: ['All lessons', 'Lifetime access'] },
        {
          name: 'Live cohort',
          price: '$249',
          features: ['Weekly live sessions', 'Feedback on every project', 'Community'],
          highlighted: true,
        },
        { name: 'One-to-one', price: '$590', features: ['Six private sessions', 'A plan made for you'] },
      ]),
      testimonials('Students say', [
        ['I finally get it. The weekly projects made all the difference.', 'Rosa M.', 'Student'],
        ['Clear, kind and practical.', 'Tom W.', 'Student'],
      ]),
      faq('Questions', [
        ['Do I need any experience?', 'No, week one starts from zero.'],
        ['What if I fall behind?', 'Lessons stay open; catch up when you can.'],
      ]),
    ),
    page(
      'enrol',
      'Enrol',
      form('Enrol', 'enrolment', 'Save my place', 'Welcome aboard! Check your email for the next steps.'),
    ),
    inbox('enrolments', 'Enrolments', 'enrolment', { filters: ['option', 'level'] }),
  ],
};
