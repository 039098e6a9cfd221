import { describe, expect, it } from 'vitest';
import { missingNoteWords, planText, rejectionProblem } from '../../../scripts/eval/honesty.mjs';
import { isOpaque, parseColour, sameColour } from '../../../scripts/eval/probes/colors.mjs';
import { countExpected, numbersIn, showsExpected } from '../../../scripts/eval/probes/expected.mjs';
import { resolveDateToken } from '../../../scripts/eval/probes/fill.mjs';

describe('the evaluation judgements', () => {
  it('reads answers as numbers within rounding, or as text', () => {
    expect(numbersIn('Total 1,264.14 for 3 items')).toEqual([1264.14, 3]);
    expect(showsExpected('Your BMI: 24.22', '24.2')).toBe(true);
    expect(showsExpected('Your BMI: 24.3', '24.2')).toBe(false);
    expect(showsExpected('Monthly payment 1,288.37', '1288.37')).toBe(true);
    expect(showsExpected('Monthly payment 1,290.00', '1288.37')).toBe(false);
    expect(showsExpected('Status: OVERDUE', 'overdue')).toBe(true);
    expect(showsExpected('hello world', 'HELLO WORLD', { exactCase: true })).toBe(false);
    expect(countExpected('7.50 and 7.5 and 8', '7.50')).toBe(2);
  });

  it('takes only a fourth component for alpha, so a colour with no blue is painted', () => {
    expect(isOpaque('rgb(128, 0, 0)')).toBe(true);
    expect(isOpaque('rgb(0, 0, 0)')).toBe(true);
    expect(isOpaque('rgba(0, 0, 0, 0)')).toBe(false);
    expect(isOpaque('rgb(0 0 0 / 0)')).toBe(false);
    expect(isOpaque('rgba(255, 215, 0, 0.5)')).toBe(true);
    expect(isOpaque('transparent')).toBe(false);
  });

  it('compares a painted colour with a named one within 8 per channel', () => {
    expect(parseColour('forest green')).toMatchObject({ mode: 'rgb' });
    expect(parseColour('not a colour')).toBeNull();
    expect(sameColour('rgb(255, 255, 240)', 'ivory')).toBe(true);
    expect(sameColour('rgb(30, 58, 100)', '#1e3a5f')).toBe(true);
    expect(sameColour('rgb(30, 58, 110)', '#1e3a5f')).toBe(false);
    expect(sameColour('rgb(0, 0, 139)', 'navy')).toBe(false);
  });

  it('resolves relative date tokens to local dates', () => {
    const now = new Date(2026, 11, 1, 12);
    expect(resolveDateToken('today', now)).toBe('2026-12-01');
    expect(resolveDateToken('today-5', now)).toBe('2026-11-26');
    expect(resolveDateToken('today+31', now)).toBe('2027-01-01');
    expect(resolveDateToken('2026-01-01', now)).toBe('2026-01-01');
  });

  it('accepts a refusal only with 422, a message and suggestions', () => {
    const body = (suggestions: unknown) => ({ error: { message: 'Unclear', details: { suggestions } } });
    expect(rejectionProblem(422, body(['a todo list']))).toBeNull();
    expect(rejectionProblem(422, body([]))).toMatch(/suggestions/);
    expect(rejectionProblem(201, body(['a todo list']))).toMatch(/got 201/);
    expect(rejectionProblem(422, { error: { details: { suggestions: ['x'] } } })).toMatch(/message/);
  });

  it('finds note words in the summary, built, left-out and notes of a plan', () => {
    const plan = {
      summary: 'A shop.',
      built: ['Products'],
      leftOut: ['Card payments: apps have no network'],
      notes: [],
    };
    expect(planText(plan)).toContain('no network');
    expect(missingNoteWords(plan, ['payment', 'network'])).toEqual([]);
    expect(missingNoteWords(plan, ['email'])).toEqual(['email']);
    expect(missingNoteWords(null, ['network'])).toEqual(['network']);
  });
});
