import { describe, expect, it } from 'vitest';
import { builtLines } from './describe-plan.js';
import { understandPrompt } from './understand.js';

describe(builtLines.name, () => {
  it('says what a game does in its own words, not its module name', async () => {
    const { built } = await understandPrompt('play connect four against the computer');
    expect(built[0]).toMatch(/^Connect four: /);
    expect(built[0]).not.toMatch(/a connect-four/);
    expect(built[0]!.split(' ').length).toBeGreaterThan(6);
  });

  it('says what a tool or calculator does, from the text its page shows', async () => {
    const tool = await understandPrompt('lorem ipsum generator');
    expect(tool.built[0]).toContain('Placeholder Latin text');
    const calc = await understandPrompt('sales tax calculator');
    expect(calc.built[0]).not.toMatch(/: a calculator\.$/);
  });
});
