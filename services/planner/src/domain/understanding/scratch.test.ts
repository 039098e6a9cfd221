import { it } from 'vitest';
import { understandPrompt } from './understand.js';
const PROMPTS = [
  'a recipe manager with ingredients, cooking time and a 1-5 star rating',
  'expense tracker with categories and a monthly chart',
  'workout log: exercise, sets, reps, weight and date',
  'inventory manager for a small shop with product, SKU, quantity and price; warn me when stock is low',
  "student grade book with students, assignments and scores, showing each student's average",
];
it('scratch', async () => {
  for (const p of PROMPTS) {
    try {
      const u = await understandPrompt(p);
      console.log(
        `\n## ${p}\n  ${u.spec.kind}/${u.spec.blueprint} "${u.spec.title}" domains=${u.spec.domains?.join(',')}\n  ${u.built.join('\n  ')}`,
      );
    } catch (e) {
      console.log(`\n## ${p}\n  ERROR ${(e as Error).message}`);
    }
  }
}, 60000);
