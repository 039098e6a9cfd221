import { describe, expect, it } from 'vitest';
import { migrateSpecV1, readSpec, type AppSpecV1, type ToolSection } from '@isekai/contracts';
import { appAssets } from '../compose/app-assets.js';
import { renderSpec } from './render-spec.js';
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
  it('each names a tool module the app has', () => {
    const index = appAssets()['public/js/tools/index.js']!;
    for (const tool of Object.values(V1_TOOLS)) {
      expect(index, tool).toMatch(new RegExp(`'?${tool}'?: \\(\\) => import\\('\\./${tool}\\.js'\\)`));
      expect(appAssets()[`public/js/tools/${tool}.js`], tool).toMatch(/^\/\/ @ts-check/);
    }
  });

  it('a stored v1 plan reads back and renders as the composed app, its options and theme kept', () => {
    for (const name of Object.keys(V1_TOOLS)) {
      const spec = readSpec(storedV1(name, { workMinutes: 50 }))!;
      expect(spec.blueprint).toBe(name);
      const files = renderSpec(spec);
      expect(files['public/app.js'], name).toBeUndefined();
      expect(files['public/js/main.js'], name).toBeDefined();
      const composed = composedFromV1(spec);
      const section = composed.pages[0]!.sections[0] as ToolSection;
      expect(section).toMatchObject({ type: 'tool', blueprint: V1_TOOLS[name], title: `Old ${name}` });
      expect(section.options).toEqual({ workMinutes: 50 });
      expect(composed).toMatchObject({ blueprint: 'composed', kind: 'timer', theme: { mode: 'dark' } });
      expect(files['public/index.html']).toContain(`"blueprint":"${V1_TOOLS[name]}"`);
    }
  });

  it('keeps the collections an older app stored its records under', () => {
    const v1 = storedV1('stopwatch');
    v1.entities = [
      { name: 'lap', label: 'Lap', plural: 'Laps', fields: [{ name: 'ms', label: 'Ms', type: 'number' }] },
    ];
    expect(composedFromV1(migrateSpecV1(v1)).collections.map((c) => c.name)).toEqual(['lap']);
  });
});
