import type { DomainEntry } from '../domain.types.js';
import { personalFinance } from './personal/personal-finance.js';
import { expenses } from './personal/expenses.js';
import { subscriptions } from './personal/subscriptions.js';
import { fitness } from './personal/fitness.js';
import { habits } from './personal/habits.js';
import { addressBook } from './personal/address-book.js';
import { medications } from './personal/medications.js';
import { babyTracker } from './personal/baby-tracker.js';

/** One person\u2019s own records: money, body, habits and the people they know. */
export const PERSONAL_DOMAINS: DomainEntry[] = [
  personalFinance,
  expenses,
  subscriptions,
  fitness,
  habits,
  addressBook,
  medications,
  babyTracker,
];
