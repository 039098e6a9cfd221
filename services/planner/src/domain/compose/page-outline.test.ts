import type { AppSpec } from '@isekai/contracts';
import { describe, expect, it } from 'vitest';
import { renderHomeOutline } from './page-outline.js';

const withTool = (options: Record<string, unknown>, title = 'Tip calculator'): AppSpec =>
  ({
    version: 2,
    kind: 'calculator',
    blueprint: 'composed',
    title,
    description: '',
    collections: [],
    pages: [{ id: 'home', title, sections: [{ type: 'tool', blueprint: 'calculator', title, options }] }],
    theme: {},
    options: {},
  }) as unknown as AppSpec;

describe('the home page outline in plain HTML', () => {
  it("names a calculator's inputs and answers, and what the tool does, before any script runs", () => {
    const html = renderHomeOutline(
      withTool({
        about: 'Splits a bill & its tip.',
        calculator: {
          inputs: [{ label: 'Bill' }, { label: 'Number of people' }],
          outputs: [{ label: 'Each person pays' }],
        },
      }),
    );
    expect(html).toContain('<h2>Tip calculator</h2><p>Splits a bill &amp; its tip.</p>');
    expect(html).toContain('<ul><li>Bill</li><li>Number of people</li><li>Each person pays</li></ul>');
  });

  it('shows only the heading of a tool without declared parts', () => {
    expect(renderHomeOutline(withTool({}, 'Snake'))).toBe(
      '<h1>Snake</h1>\n<section><h2>Snake</h2></section>',
    );
  });
});
