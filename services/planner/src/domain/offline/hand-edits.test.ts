import { describe, expect, it } from 'vitest';
import { keepHandEdits } from './hand-edits.js';
import { planOffline } from './offline.engine.js';

const base = { 'a.txt': 'one\ntwo\nthree\nfour\nfive\n', 'b.txt': 'b\n', 'gone.txt': 'old\n' };
const rendered = { 'a.txt': 'one\ntwo\nthree\nfour\nFIVE\n', 'b.txt': 'b\n', 'new.txt': 'new\n' };

describe(keepHandEdits.name, () => {
  it('takes the new rendering where nothing was edited by hand', () => {
    expect(keepHandEdits(base, base, rendered)).toEqual({ files: rendered, kept: [], notes: [] });
  });

  it('merges a hand edit with the change when they touch different lines', () => {
    const current = { ...base, 'a.txt': 'ONE (mine)\ntwo\nthree\nfour\nfive\n' };
    const result = keepHandEdits(base, current, rendered);
    expect(result.files['a.txt']).toBe('ONE (mine)\ntwo\nthree\nfour\nFIVE\n');
    expect(result.kept).toEqual(['a.txt']);
  });

  it('keeps hand-edited, hand-added and hand-deleted files the change leaves alone', () => {
    const { 'b.txt': _deleted, ...rest } = base;
    const current = { ...rest, 'mine.txt': 'mine\n' };
    const result = keepHandEdits(base, current, rendered);
    expect(result.files['mine.txt']).toBe('mine\n');
    expect(result.files).not.toHaveProperty('b.txt');
    expect(result.kept.sort()).toEqual(['b.txt', 'mine.txt']);
  });

  it('lets the change win where both change the same lines, and says so', () => {
    const current = { ...base, 'a.txt': 'one\ntwo\nthree\nfour\nfive (mine)\n' };
    const result = keepHandEdits(base, current, rendered);
    expect(result.files['a.txt']).toBe(rendered['a.txt']);
    expect(result.notes).toEqual([expect.stringContaining('Your hand edit to a.txt changes the same lines')]);
  });

  it('keeps an edited file the change drops, and brings back a deleted one it needs', () => {
    const { 'a.txt': _deleted, ...rest } = base;
    const current = { ...rest, 'gone.txt': 'old, edited\n' };
    const result = keepHandEdits(base, current, rendered);
    expect(result.files['gone.txt']).toBe('old, edited\n');
    expect(result.files['a.txt']).toBe(rendered['a.txt']);
    expect(result.notes).toHaveLength(2);
  });
});

describe('a change by prompt after hand edits', () => {
  it('adds search to a recipe manager and keeps a hand-made style rule and title', async () => {
    const first = await planOffline({ prompt: 'a recipe manager with ingredients and a rating' });
    const css = Object.keys(first.files).find(
      (path) => path.endsWith('app.css') || path.endsWith('style.css'),
    )!;
    const edited = {
      ...first.files,
      [css]: `${first.files[css]}\n.hand-made { color: rebeccapurple; }\n`,
      'NOTES.md': '# My notes\n',
    };
    const changed = await planOffline({ prompt: 'add search', current: { plan: first.plan, files: edited } });

    expect(changed.files[css]).toContain('.hand-made { color: rebeccapurple; }');
    expect(changed.files['NOTES.md']).toBe('# My notes\n');
    expect(changed.plan.steps[0]).toMatch(/search/i);
    const regenerated = Object.keys(changed.files).filter(
      (path) => path !== css && changed.files[path] !== first.files[path],
    );
    expect(regenerated.length).toBeGreaterThan(0);
    expect(changed.plan.steps.at(-1)).toBe(`Kept the hand edits in NOTES.md, ${css}.`);
  });
});
