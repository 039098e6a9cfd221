import { describe, expect, it } from 'vitest';
import { askedThing } from './kind-evidence.js';
import { understandPrompt } from './understand.js';

const kindOf = (prompt: string) => askedThing(prompt)?.kind ?? null;

describe(askedThing.name, () => {
  it('reads what the thing is from the head noun that names it, over the other kinds’ words', () => {
    expect(kindOf('A website for our sailing school: dinghy courses, boat hire and a price calculator')).toBe(
      'site',
    );
    expect(kindOf('a dashboard for my website’s visits and sign-ups per week')).toBe('dashboard');
    expect(kindOf('KPI board for the bakery: loaves sold per day and the average takings')).toBe('dashboard');
    expect(kindOf('a game where you count the sheep jumping over the fence')).toBe('game');
    expect(kindOf('a page for our choir with the concert list and a contact form')).toBe('site');
  });

  it('takes the thing asked for after a verb of asking, not an earlier container', () => {
    const asked = askedThing(
      'I log my bike rides in a notebook; right now I just want a fuel cost calculator',
    );
    expect(asked).toMatchObject({ kind: 'calculator', by: 'named' });
    expect(asked?.phrase?.text).toContain('calculator');
  });

  it('reads a singular tool noun as a tool and a plural one as no tool ("checkers" is a game)', () => {
    expect(kindOf('text length checker for my essays')).toBe('tool');
    expect(kindOf('checkers for two players on one computer')).toBeNull();
  });

  it('never takes a field of the listed ones for the thing ("…: site, username, hint")', () => {
    expect(kindOf('wifi passwords: site, username, hint')).not.toBe('site');
  });

  it('reads what the person does when no noun names the thing', () => {
    expect(askedThing('an app to keep track of shoots and the crew on each one')).toEqual({
      kind: 'records',
      by: 'does',
    });
    expect(kindOf('a page where I paste text and it counts the words')).toBe('tool');
    expect(kindOf('somewhere to play noughts and crosses')).toBe('game');
  });
});

describe('the kind of app built from the thing asked for', () => {
  it('builds the calculator asked for beside a log kept elsewhere', async () => {
    const { spec } = await understandPrompt(
      'I log my bike rides in a notebook; right now I just want a fuel cost calculator for the car',
    );
    expect(spec.kind).toBe('calculator');
  });

  it('builds a dashboard, not a website, for a dashboard of a website’s figures', async () => {
    const { spec } = await understandPrompt('a dashboard for my website’s visits and sign-ups per week');
    expect(spec.kind).toBe('dashboard');
  });

  it('builds a KPI board as a dashboard', async () => {
    const { spec } = await understandPrompt('KPI board for the bakery: loaves sold per day and the takings');
    expect(spec.kind).toBe('dashboard');
  });

  it('never builds a game for a tool named by a one-word game name', async () => {
    const built = await understandPrompt('text length checker for my essays').catch(() => null);
    expect(built?.spec.kind).not.toBe('game');
  });
});
