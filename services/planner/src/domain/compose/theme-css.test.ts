import { formatHex, wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import type { ThemeSpec } from '@isekai/contracts';
import { renderThemeCss, themeVariables } from './theme-css.js';

const vars = (theme: ThemeSpec) => themeVariables(theme).variables;
/** The custom properties as the browser would read them from the rendered file. */
function parseCss(css: string): Record<string, string> {
  return Object.fromEntries(
    [...css.matchAll(/^\s*(--[a-z-]+|color-scheme):\s*([^;]+);/gm)].map((m) => [m[1], m[2]]),
  );
}
const isDark = (hex: string) => wcagContrast(hex, '#000000') < wcagContrast(hex, '#ffffff');

describe('renderThemeCss', () => {
  it('uses named colours exactly and derives readable foregrounds for them', () => {
    const css = renderThemeCss({ mode: 'light', colors: { background: '#fffff0', components: '#228b22' } });
    const v = parseCss(css);
    expect(css).toMatch(/^:root \{/m);
    expect(v['--bg']).toBe(formatHex('ivory'));
    expect(v['--button-bg']).toBe(formatHex('forestgreen'));
    expect(wcagContrast(v['--button-text']!, v['--button-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(v['--text']!, v['--bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(v['--muted']!, v['--bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(v['--text']!, v['--surface']!)).toBeGreaterThanOrEqual(4.5);
    // Only components named: the accent follows them (forest green stands out on ivory).
    expect(v['--accent']).toBe(formatHex('forestgreen'));
    expect(v['color-scheme']).toBe('light');
    for (const name of [
      '--surface',
      '--border',
      '--header-bg',
      '--danger',
      '--accent-text',
      '--font',
      '--space',
    ]) {
      expect(v[name], name).toBeTruthy();
    }
  });

  it('gives a navy header light text', () => {
    const v = vars({ mode: 'light', colors: { header: '#000080' } });
    expect(v['--header-bg']).toBe('#000080');
    expect(isDark(v['--header-text']!)).toBe(false);
    expect(wcagContrast(v['--header-text']!, '#000080')).toBeGreaterThanOrEqual(4.5);
    // The page itself stays light.
    expect(isDark(v['--bg']!)).toBe(false);
  });

  it('has dark defaults in dark mode', () => {
    const { scheme, variables: v } = themeVariables({ mode: 'dark', colors: {} });
    expect(scheme).toBe('dark');
    for (const name of ['--bg', '--surface', '--header-bg']) expect(isDark(v[name]!), name).toBe(true);
    expect(isDark(v['--text']!)).toBe(false);
    expect(wcagContrast(v['--text']!, v['--bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(v['--button-text']!, v['--button-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(v['--danger']!, v['--bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(renderThemeCss({ mode: 'dark', colors: {} })).toContain('color-scheme: dark;');
  });

  it('keeps text readable when the named colours clash', () => {
    // Yellow buttons and a gold header on a light-yellow page: white text would vanish on all of them.
    const v = vars({
      mode: 'light',
      colors: { background: '#ffffe0', components: '#ffff00', header: '#ffd700' },
    });
    expect(v['--button-bg']).toBe('#ffff00');
    expect(wcagContrast(v['--button-text']!, '#ffff00')).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(v['--header-text']!, '#ffd700')).toBeGreaterThanOrEqual(4.5);
    // The accent was not named, so it may move: a link in yellow on light yellow would be invisible.
    expect(wcagContrast(v['--accent']!, '#ffffe0')).toBeGreaterThanOrEqual(3);
    // A mid-grey button reaches 4.5 with neither white nor black text in full; the better one is chosen.
    const grey = vars({ mode: 'light', colors: { components: '#777777' } });
    expect(wcagContrast(grey['--button-text']!, '#777777')).toBeGreaterThanOrEqual(4.4);
  });

  it('follows a dark named background even in light mode, and honours a named text colour', () => {
    const v = vars({ mode: 'light', colors: { background: '#1e3a5f', text: '#fffdd0' } });
    expect(v['--text']).toBe('#fffdd0');
    expect(isDark(v['--surface']!)).toBe(true);
    expect(wcagContrast(v['--muted']!, v['--bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(themeVariables({ mode: 'light', colors: { background: '#1e3a5f' } }).scheme).toBe('dark');
  });

  it('maps font and density to stacks every OS has and to spacing', () => {
    const serif = vars({ mode: 'light', colors: {}, font: 'serif', density: 'compact' });
    expect(serif['--font']).toMatch(/Georgia.*serif$/);
    expect(serif['--font']).not.toMatch(/url\(|@import/);
    expect(serif['--space']).toBe('0.75rem');
    expect(vars({ mode: 'light', colors: {}, font: 'mono' })['--font']).toMatch(/monospace$/);
    expect(vars({ mode: 'light', colors: {}, font: 'rounded' })['--font']).toMatch(/sans-serif$/);
    expect(vars({ mode: 'light', colors: {}, density: 'comfortable' })['--space']).toBe('1.35rem');
  });
});
