import { describe, expect, it } from 'vitest';
import { migrateSpecV1, readSpec, type AppSpecV1, type ToolSection } from '@isekai/contracts';
import { appAssets } from '../compose/app-assets.js';
import { renderSpec } from './render-spec.js';
import { TOOLS_CATALOGUE } from '../knowledge/tools/index.js';
import { composedFromV1, V1_TOOLS } from './v1-blueprints.js';

/** A plan stored before the composed renderer, as the backend's SQLite holds it. */
function storedV1(blueprint: string, options: Record<string, unknown> = {}): AppSpecV1 {
  return {
    kind: 'timer',
    blueprint,
    title: `Old ${blueprint}`,
    description: `A ${blueprint} planned by the v1 engine.`,
    entities: [],
    features: ['dark-mode'],
    theme: 'dark',
    options,
  };
}

describe('v1 blueprint names', () => {
  it('each names a tool module the app has, or a catalogue entry', () => {
    const index = appAssets()['public/js/tools/index.js']!;
    for (const [name, mapped] of Object.entries(V1_TOOLS)) {
      if ('records' in mapped) continue;
      if ('entries' in mapped) {
        const ids = mapped.entries(readSpec(storedV1(name))!);
        for (const id of ids)
          expect(
            TOOLS_CATALOGUE.map((e) => e.id),
            name,
          ).toContain(id);
        continue;
      }
      expect(index, name).toMatch(
        new RegExp(`'?${mapped.tool}'?: \\(\\) => import\\('\\./${mapped.tool}\\.js'\\)`),
      );
      expect(appAssets()[`public/js/tools/${mapped.tool}.js`], name).toMatch(/^\/\/ @ts-check/);
    }
  });

  it('a stored v1 plan reads back and renders as the composed app, its options and theme kept', () => {
    for (const [name, mapped] of Object.entries(V1_TOOLS)) {
      if ('entries' in mapped || 'records' in mapped || mapped.options) continue;
      const spec = readSpec(storedV1(name, { workMinutes: 50 }))!;
      expect(spec.blueprint).toBe(name);
      const files = renderSpec(spec);
      expect(files['public/app.js'], name).toBeUndefined();
      expect(files['public/js/main.js'], name).toBeDefined();
      const composed = composedFromV1(spec);
      const section = composed.pages[0]!.sections[0] as ToolSection;
      expect(section).toMatchObject({ type: 'tool', blueprint: mapped.tool, title: `Old ${name}` });
      expect(section.options).toEqual({ workMinutes: 50, about: mapped.about(spec) });
      expect(mapped.about(spec), name).toMatch(/\w{3,}.*\./);
      expect(files['public/index.html'], name).toContain(mapped.about(spec).split(/[,:;]/)[0]);
      expect(composed).toMatchObject({ blueprint: 'composed', kind: 'timer', theme: { mode: 'dark' } });
      expect(files['public/index.html']).toContain(`"blueprint":"${mapped.tool}"`);
    }
  });

  it('keeps the collections an older app stored its records under', () => {
    const v1 = storedV1('stopwatch');
    v1.entities = [
      { name: 'lap', label: 'Lap', plural: 'Laps', fields: [{ name: 'ms', label: 'Ms', type: 'number' }] },
    ];
    expect(composedFromV1(migrateSpecV1(v1)).collections.map((c) => c.name)).toEqual(['lap']);
  });

  it('keeps the cards of a v1 flashcards app where its server stored them, the seed as samples', () => {
    const v1 = storedV1('flashcards', {
      frontLabel: 'Spanish',
      backLabel: 'English',
      seed: [{ front: 'hola', back: 'hello' }],
    });
    v1.entities = [{ name: 'card', label: 'Card', plural: 'Cards', fields: [] }];
    const composed = composedFromV1(migrateSpecV1(v1));
    expect(composed.collections).toEqual([
      {
        name: 'cards',
        label: 'Card',
        plural: 'Cards',
        fields: [],
        samples: [{ front: 'hola', back: 'hello' }],
      },
    ]);
    expect((composed.pages[0]!.sections[0] as ToolSection).options).toEqual({
      collection: 'cards',
      frontLabel: 'Spanish',
      backLabel: 'English',
      about: expect.stringContaining('Flip'),
    });
  });

  it('renders a v1 tic-tac-toe as the catalogue game, for two as it was', () => {
    const composed = composedFromV1(migrateSpecV1({ ...storedV1('tic-tac-toe'), kind: 'game' }));
    const section = composed.pages[0]!.sections[0] as ToolSection;
    expect(section).toMatchObject({ blueprint: 'tic-tac-toe', options: { players: 2 } });
    expect(composed).toMatchObject({ title: 'Old tic-tac-toe', kind: 'game', theme: { mode: 'dark' } });
  });

  it('renders a v1 unit converter as the catalogue converters of the measures it had', () => {
    const sections = (categories?: unknown) =>
      composedFromV1(
        migrateSpecV1({
          ...storedV1('unit-converter', categories ? { categories } : {}),
          kind: 'calculator',
        }),
      ).pages[0]!.sections.map((s) => (s as ToolSection).title);
    expect(sections(['speed', 'data'])).toEqual(['Speed converter', 'Data size converter']);
    expect(sections()).toEqual(['Length converter', 'Weight converter', 'Temperature converter']);
    expect(sections(['nonsense'])).toEqual(['Length converter', 'Weight converter', 'Temperature converter']);
  });

  it('renders a v1 board as the board view of its cards, by the columns it had, where it stored them', () => {
    const v1 = { ...storedV1('board', { columns: ['Ideas', 'Filmed'] }), kind: 'board' };
    v1.entities = [{ name: 'video', label: 'Video', plural: 'Videos', fields: [] }];
    const composed = composedFromV1(migrateSpecV1(v1));
    expect(composed.pages[0]!.sections).toEqual([
      { type: 'collection', collection: 'videos', view: 'board', by: 'column' },
    ]);
    const column = composed.collections[0]!.fields.find((f) => f.name === 'column');
    expect(column).toMatchObject({ type: 'choice', options: ['Ideas', 'Filmed'] });
  });
});
