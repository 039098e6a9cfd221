import { describe, expect, it } from 'vitest';
import { isAppError } from '@isekai/service-kit';
import { planOffline } from './offline.engine.js';

/** Prompts with nothing to build are refused with suggestions, never turned into an app named after them. */
const NONSENSE = [
  '!!!',
  'app',
  'asdfgh qwerty',
  'blorp zindle fnak',
  'with with with : : ,,, and and',
  'ß∂ƒ©˙∆˚¬ 日本語のアプリ',
];

async function refusal(prompt: string): Promise<unknown> {
  return planOffline({ prompt }).then(
    () => null,
    (error: unknown) => error,
  );
}

describe(planOffline.name, () => {
  it.each(NONSENSE)('answers %j with 422 and suggestions', async (prompt) => {
    const error = await refusal(prompt);
    expect(isAppError(error) && error.status).toBe(422);
    expect(error).toMatchObject({
      code: 'prompt-not-understood',
      details: { suggestions: expect.any(Array) },
    });
    expect((error as { details: { suggestions: string[] } }).details.suggestions.length).toBeGreaterThan(0);
  });

  it('builds a game from the catalogue, and refuses one it does not have instead of a list of it', async () => {
    const snake = await planOffline({ prompt: 'make me a snake game with levels' });
    expect(snake.plan.spec.pages[0]?.sections[0]).toMatchObject({ type: 'tool', blueprint: 'snake' });
    const guess = await planOffline({ prompt: 'a number guessing game with higher and lower hints' });
    expect(guess.plan.spec.pages[0]?.sections[0]).toMatchObject({ type: 'tool', blueprint: 'number-guess' });
    const refused = await refusal('a mahjong solitaire game with tiles to match');
    expect(refused).toMatchObject({ status: 422, details: { suggestions: expect.any(Array) } });
  });

  it('builds a long prompt about birds, with the fields it names and no raw HTML from the prompt', async () => {
    const response = await planOffline({
      prompt: `a ${'very '.repeat(300)}long list of birds with name and colour`,
    });
    expect(response.plan.spec.collections[0]?.plural).toBe('Birds');
    const html = await planOffline({
      prompt: '<img src=x onerror=alert(1)> tracker of plants with <b>name</b>',
    }).catch(() => null);
    for (const file of Object.values(html?.files ?? {})) expect(file).not.toContain('<img src=x');
  });

  it('says what it built and what it left out', async () => {
    const response = await planOffline({
      prompt: 'a weather dashboard for my garden with plants and watering',
    });
    expect(response.plan.built?.length).toBeGreaterThan(0);
    expect(response.plan.leftOut?.join(' ')).toMatch(/network/);
  });

  it('refuses a change whose current plan it cannot read, rather than building some other app', async () => {
    const change = planOffline({
      prompt: 'add search',
      current: { plan: { broken: true } as never, files: { 'server.js': '' } },
    });
    await expect(change).rejects.toMatchObject({ code: 'unreadable-plan', status: 400 });
  });

  it('answers a change it does not understand with 422, so no version is stored', async () => {
    const first = await planOffline({ prompt: 'Build a todo list application' });
    const change = planOffline({
      prompt: 'zorp the blimble',
      current: { plan: first.plan, files: first.files },
    });
    await expect(change).rejects.toMatchObject({ code: 'change-not-understood', status: 422 });
  });

  it('applies a change to the current spec and lists the steps', async () => {
    const first = await planOffline({ prompt: 'Build a todo list application' });
    const second = await planOffline({
      prompt: 'add a due date to each task',
      current: { plan: first.plan, files: first.files },
    });
    expect(second.plan.spec.collections[0]?.fields.map((f) => f.label)).toContain('Due date');
    expect(second.plan.steps[0]).toMatch(/due date/i);
    expect(JSON.stringify(second.files)).toContain('Due date');
  });

  it('is deterministic', async () => {
    const prompt = 'expense tracker with categories and a monthly chart';
    expect(await planOffline({ prompt })).toEqual(await planOffline({ prompt }));
  });
});
