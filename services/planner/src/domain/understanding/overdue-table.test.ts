import { describe, expect, it } from 'vitest';
import type { AppSpec } from '@isekai/contracts';
import { understandPrompt } from './understand.js';

// "Overdue" asked of a new app in many shapes and domains, none of them an evaluation prompt: the records
// with a due date say when it has passed, unless their yes/no field settles them.
function overdueOf(spec: AppSpec): [string, string[]] | null {
  for (const c of spec.collections) {
    const field = c.fields.find(
      (f) => f.type === 'boolean' && f.formula && /^(?:overdue|late)$/i.test(f.label),
    );
    if (!field) continue;
    const read = [...JSON.stringify(field.formula).matchAll(/"field":"(\w+)"/g)].map(
      (m) => c.fields.find((g) => g.name === m[1])?.label ?? m[1]!,
    );
    return [c.name, read];
  }
  return null;
}

const TABLE: [string, [string, string[]]][] = [
  ['Invoices\n- client, amount, due date, paid\n- show which are overdue', ['invoice', ['Due date', 'Paid']]],
  [
    'can you make me a bill tracker? bills with the amount, a due date and paid, and show me which bills are overdue',
    ['bill', ['Due date', 'Paid']],
  ],
  // The task domain's own "Late" says it already.
  [
    'homework planner where each assignment has a subject and a deadline, and it marks an assignment overdue once the deadline has passed',
    ['task', ['Due date', 'Status']],
  ],
  [
    "our street's ladder and drill share: borrowings with the neighbour, a due date and returned; overdue ones flagged",
    ['borrowing', ['Due date', 'Returned']],
  ],
  [
    'a list of the favours I owe friends with the friend, a deadline and done, highlight the ones that are overdue',
    ['friend', ['Deadline', 'Done']],
  ],
  ['Chores\n1. chore\n2. who\n3. deadline\n4. done\n5. overdue', ['task', ['Due date', 'Done']]],
  [
    'library of board games we lend: each loan has a friend and a due date, flag overdue loans',
    ['loan', ['Due date', 'Returned']],
  ],
  [
    'I lend camera gear to students. Every booking has the student, the item and a return by date. I want to see which bookings are overdue.',
    ['checkout', ['Due back', 'Returned']],
  ],
  ['permits with an expiry date, and show the overdue ones', ['permit', ['Expiry date']]],
  [
    'subscriptions I pay: service, price, next payment due and show which are overdue',
    ['subscription', ['Next payment due']],
  ],
];

describe('overdue asked of a new app', () => {
  for (const [prompt, expected] of TABLE)
    it(prompt, async () => {
      expect(overdueOf((await understandPrompt(prompt)).spec)).toEqual(expected);
    });
});
