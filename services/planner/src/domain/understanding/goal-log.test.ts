// Sentences whose only thing is a goal, in many domains and shapes: each is a dashboard of dated
// entries with the goal's figure, and the figure's goal is the number the person gave.
import { describe, expect, it } from 'vitest';
import type { Aggregate } from '@isekai/contracts';
import { understandPrompt } from './understand.js';

const GOAL_ONLY: [string, number][] = [
  ['I want a dashboard that shows how many cups of coffee I have each day against my limit of 3', 3],
  ['my daily water goal is 2 litres and I want to see today’s total against it', 2],
  ['a dashboard for my goal of walking 10,000 steps a day', 10000],
  ['the aim is to read 20 books this year', 20],
  ['Can you make me something for my weekly target of 15 km on the bike?', 15],
  ['protein: my daily goal is 140 g, show me how close I am today', 140],
  ['daily screen time limit of 90 minutes, and today’s minutes next to it', 90],
  ['I’d like to see my monthly goal of 12 yoga classes and how many I have done', 12],
  ['push-ups: my goal is 50 a day, show today against the goal', 50],
  ['Our choir wants to practise 6 hours a week - a weekly goal of 6 hours with this week’s hours so far', 6],
  ['a cap of 2 takeaways a week', 2],
];

function goalFigures(spec: Awaited<ReturnType<typeof understandPrompt>>['spec']): Aggregate[] {
  return spec.pages
    .flatMap((p) => p.sections)
    .flatMap((s) => (s.type === 'stats' ? s.figures : []))
    .filter((f): f is Aggregate => 'goal' in f && f.goal !== undefined);
}

describe('a prompt whose only thing is a goal', () => {
  it.each(GOAL_ONLY)('is a dashboard with the goal’s figure: "%s"', async (prompt, value) => {
    const { spec } = await understandPrompt(prompt);
    expect(spec.kind).toBe('dashboard');
    expect(goalFigures(spec).map((f) => f.goal!.value)).toContain(value);
  });
});
