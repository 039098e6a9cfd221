import { describe, expect, it } from 'vitest';
import type { AppSpec } from '@isekai/contracts';
import { understandPrompt } from './understand.js';

// A share said in many shapes and domains, none of them an evaluation prompt: each is a percentage of
// two numbers of one record, the part and the whole in the person's words.
function shareOf(spec: AppSpec): [string, string, string] | null {
  for (const c of spec.collections)
    for (const f of c.fields) {
      if (f.unit !== '%' || !f.formula) continue;
      const divide = JSON.stringify(f.formula).match(
        /"div","args":\[\{"field":"(\w+)"\},\{"field":"(\w+)"\}\]/,
      );
      if (!divide) continue;
      const label = (name: string) => c.fields.find((g) => g.name === name)?.label ?? name;
      return [c.name, label(divide[1]!), label(divide[2]!)];
    }
  return null;
}

const TABLE: [string, [string, string, string]][] = [
  [
    'renovation dashboard: rooms with a budget and amount spent, and the percentage of the budget used',
    ['room', 'Amount spent', 'Budget'],
  ],
  [
    'charity projects: each project has a grant and the amount spent, and each project shows the % of its grant that has been spent',
    ['project', 'Amount spent', 'Grant'],
  ],
  [
    "sales reps with a quota and what they've sold; I want to know what share of the quota every rep has sold",
    ['salesRep', "What they've sold", 'Quota'],
  ],
  [
    'fundraising dashboard: teams with a target and the amount raised. Show what percentage of the target each team has raised.',
    ['team', 'Amount raised', 'Target'],
  ],
  [
    'Departments\n- name\n- yearly allowance\n- spent so far\n- percent of the allowance spent',
    ['department', 'Spent so far', 'Yearly allowance'],
  ],
  [
    'garden plots with an area and the area planted, and what share of its area each plot has planted',
    ['bed', 'Area planted', 'Area'],
  ],
  [
    'savings pots with a goal and the amount saved; each pot shows what percent of its goal has been saved',
    ['savingsPot', 'Amount saved', 'Goal'],
  ],
  [
    "clubs, each with a budget and the amount used, and I'd like to see the proportion of the budget each club has used",
    ['club', 'Amount used', 'Budget'],
  ],
  [
    'marathon training: weeks with a mileage target and miles run, and the percentage of the target reached each week',
    ['week', 'Miles run', 'Mileage target'],
  ],
  [
    'film festival screenings with capacity and tickets booked, so I can see what percentage of the capacity each screening has booked',
    ['festivalScreening', 'Tickets booked', 'Capacity'],
  ],
];

describe('a share of two numbers, said in any shape', () => {
  for (const [prompt, expected] of TABLE)
    it(prompt, async () => {
      expect(shareOf((await understandPrompt(prompt)).spec)).toEqual(expected);
    });
});
