import { describe, expect, it } from 'vitest';
import type { AppSpecV1, PlanResponse } from '@isekai/contracts';
import { planOffline } from './offline.engine.js';

const ODD_PROMPTS = [
  '!!!',
  'app',
  'ß∂ƒ©˙∆˚¬ 日本語のアプリ',
  'make me a snake game with levels',
  'a dashboard',
  `a ${'very '.repeat(500)}long prompt about birds with name and colour`,
  'with with with : : ,,, and and',
  '<img src=x onerror=alert(1)> tracker with <b>name</b>',
];

function expectApp(response: PlanResponse): void {
  expect(response.engine).toBe('offline');
  expect(response.files['server.js']).toBeTruthy();
  expect(response.files['public/index.html']).toContain('<h1>');
  expect(response.plan.summary.length).toBeGreaterThan(0);
  expect(response.plan.steps.length).toBeGreaterThan(0);
}

describe(planOffline.name, () => {
  it.each(ODD_PROMPTS)('still builds an app for %j', (prompt) => {
    const response = planOffline({ prompt });
    expectApp(response);
    expect(response.files['public/index.html']).not.toContain('<img src=x');
  });

  it('says what it assumed for an unknown prompt', () => {
    expect(planOffline({ prompt: 'something for my aquarium' }).notes.join(' ')).toMatch(
      /assum|name and notes/i,
    );
  });

  it('refuses a change whose current plan it cannot read, rather than building some other app', () => {
    const change = () =>
      planOffline({
        prompt: 'add search',
        current: { plan: { broken: true } as never, files: { 'server.js': '' } },
      });
    expect(change).toThrow(expect.objectContaining({ code: 'unreadable-plan', status: 400 }));
  });

  it('applies a change to the current spec and lists the steps', () => {
    const first = planOffline({ prompt: 'Build a todo list application' });
    const second = planOffline({
      prompt: 'add a due date to each task',
      current: { plan: first.plan, files: first.files },
    });
    expect((second.plan.spec as unknown as AppSpecV1).entities[0]?.fields.map((f) => f.label)).toEqual([
      'Task',
      'Done',
      'Due date',
    ]);
    expect(second.plan.steps[0]).toMatch(/Due date/);
    expect(second.files['public/index.html']).toContain('Due date');
  });

  it('is deterministic', () => {
    expect(planOffline({ prompt: 'expense tracker with categories and a monthly chart' })).toEqual(
      planOffline({ prompt: 'expense tracker with categories and a monthly chart' }),
    );
  });
});
