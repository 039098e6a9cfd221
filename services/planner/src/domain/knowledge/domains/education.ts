import type { DomainEntry } from '../domain.types.js';
import { school } from './education/school.js';
import { gradebook } from './education/gradebook.js';
import { courses } from './education/courses.js';
import { tutoring } from './education/tutoring.js';

/** Teaching and learning: schools, gradebooks, online courses and private tutoring. */
export const EDUCATION_DOMAINS: DomainEntry[] = [school, gradebook, courses, tutoring];
