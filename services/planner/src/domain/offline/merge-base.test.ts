import { beforeAll, describe, expect, it } from 'vitest';
import { diffFiles, type FileMap, type PlanResponse } from '@isekai/contracts';
import { renderSpec } from '../understanding/render-spec.js';
import { planOffline } from './offline.engine.js';

/**
 * `current.base` is what the planner really produced for the app. An older release rendered some files
 * differently from today's renderer; only the files a person edited may count as hand edits.
 */
describe('a change to an app an older release rendered', () => {
  const HTML = 'public/index.html';
  const ASSET = 'public/js/format.js';
  const CSS = 'public/css/app.css';
  let today: PlanResponse;
  /** What an older release made of the same plan: another asset, another icon line. */
  let older: FileMap;

  const change = (files: FileMap, base: FileMap) =>
    planOffline({ prompt: 'add search', current: { plan: today.plan, files, base: diffFiles(files, base) } });

  beforeAll(async () => {
    today = await planOffline({ prompt: 'a book catalog with title, author and year' });
    older = {
      ...today.files,
      [ASSET]: `// formatting of an older release\n${today.files[ASSET]}`,
      [HTML]: today.files[HTML]!.replace(
        '<link rel="icon" href="data:,">',
        '<link rel="icon" href="/favicon.ico">',
      ),
    };
  });

  it('replaces a stale file nobody edited with what today renders, and keeps no edit', async () => {
    expect(older[HTML]).not.toBe(today.files[HTML]);
    const changed = await change(older, older);
    const rendered = renderSpec(changed.plan.spec);
    expect(changed.files[ASSET]).toBe(rendered[ASSET]);
    expect(changed.files[HTML]).toBe(rendered[HTML]);
    expect(changed.plan.steps.join(' ')).not.toMatch(/hand edits/);
    expect(changed.notes).toEqual([]);
  });

  it('keeps a hand edit the change leaves alone and merges one into a stale file, naming only them', async () => {
    const edited = {
      ...older,
      [CSS]: `${older[CSS]}\n.hand-made { color: rebeccapurple; }\n`,
      [HTML]: older[HTML]!.replace('Skip to content</a>', 'Skip to the books</a>'),
    };
    const changed = await change(edited, older);
    const rendered = renderSpec(changed.plan.spec);

    expect(changed.files[CSS]).toContain('.hand-made { color: rebeccapurple; }');
    expect(changed.files[HTML]).toContain('Skip to the books</a>');
    expect(changed.files[HTML]).toContain('<link rel="icon" href="data:,">');
    expect(changed.files[HTML]).toContain('"search"');
    expect(changed.files[ASSET]).toBe(rendered[ASSET]);
    expect(changed.plan.steps.at(-1)).toBe(`Kept the hand edits in ${CSS}, ${HTML}.`);
  });

  it('treats hand-added and hand-deleted files as before when today renders what the app was made of', async () => {
    const { [ASSET]: _deleted, ...rest } = today.files;
    const edited = { ...rest, 'NOTES.md': '# My notes\n' };
    const withBase = await change(edited, today.files);
    const withoutBase = await planOffline({
      prompt: 'add search',
      current: { plan: today.plan, files: edited },
    });

    expect(withBase.files).toEqual(withoutBase.files);
    expect(withBase.files['NOTES.md']).toBe('# My notes\n');
    expect(withBase.files).not.toHaveProperty(ASSET);
    expect(withBase.plan.steps.at(-1)).toBe(`Kept the hand edits in NOTES.md, ${ASSET}.`);
  });
});
