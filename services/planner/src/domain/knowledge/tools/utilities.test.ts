import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCities } from './city-zones.js';
import { TEXT_TRANSFORM_TOOLS } from './text-transforms.js';
import { UTILITY_TOOLS } from './utilities.js';

// The tools' pure parts are the app's own modules, loaded here as the page loads them.
const tool = async <T>(name: string): Promise<T> =>
  (await import(
    fileURLToPath(new URL(`../../../../assets/app/public/js/tools/${name}.js`, import.meta.url))
  )) as T;
const entry = (id: string) => UTILITY_TOOLS.find((t) => t.id === id)!;

describe('the tools catalogue', () => {
  it('has every tool with a module, 8 or more synonyms and a description', async () => {
    const { TOOLS } = await tool<{ TOOLS: Record<string, unknown> }>('index');
    for (const t of [...UTILITY_TOOLS, ...TEXT_TRANSFORM_TOOLS]) {
      expect(TOOLS[t.blueprint ?? t.id], t.id).toBeTypeOf('function');
      expect(t.synonyms.length, t.id).toBeGreaterThanOrEqual(8);
      expect(t.description.length, t.id).toBeGreaterThan(20);
    }
  });

  it('world clock: the cities a prompt names, in its order, by other names too', () => {
    const read = entry('world-clock').readOptions!;
    expect(read('a world clock for Tokyo, London and New York City')).toEqual({
      cities: [
        { name: 'Tokyo', zone: 'Asia/Tokyo' },
        { name: 'London', zone: 'Europe/London' },
        { name: 'New York', zone: 'America/New_York' },
      ],
    });
    expect(findCities('clocks for NYC, Bombay, São Paulo and sao paulo').map((c) => c.zone)).toEqual([
      'America/New_York',
      'Asia/Kolkata',
      'America/Sao_Paulo',
    ]);
    expect(findCities('la la land in LA').map((c) => c.name)).toEqual(['Los Angeles']);
    expect(read('a clock')).toEqual({});
    const zones = (entry('world-clock').options.cities as { zone: string }[]).map((c) => c.zone);
    for (const zone of zones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });

  it('reads tempo, teams, dice, modes and habits from the prompt', () => {
    expect(entry('metronome').readOptions!('a metronome at 120 bpm in 3/4')).toEqual({ bpm: 120, beats: 3 });
    expect(entry('team-maker').readOptions!('split the class into 4 teams')).toEqual({
      group: 'team',
      teams: 4,
    });
    expect(entry('dice-roller').readOptions!('roll 3 dice, d20')).toEqual({ sides: 20, dice: 3 });
    expect(entry('habit-heatmap').readOptions!('a habit tracker for running and reading')).toEqual({
      habits: ['Running', 'Reading'],
    });
    expect(entry('qr-code').readOptions!('a QR code for https://example.com/menu.')).toEqual({
      text: 'https://example.com/menu',
    });
    expect(entry('color-palette').readOptions!('a palette from teal, complementary')).toMatchObject({
      harmony: 'complementary',
    });
  });
});

describe('the tools’ own functions', () => {
  it('regex tester finds matches and explains bad patterns', async () => {
    const { findMatches } = await tool<{
      findMatches: (p: string, f: string, t: string) => { error: string; matches: RegExpExecArray[] };
    }>('regex-tester');
    expect(findMatches('\\d+', 'g', 'a1 b22 c').matches.map((m) => m[0])).toEqual(['1', '22']);
    expect(findMatches('x*', 'g', 'ab').matches.length).toBe(3);
    expect(findMatches('(', 'g', 'ab').error).toMatch(/Unterminated group/);
  });

  it('diff checker: a line diff by longest common subsequence', async () => {
    const { diffLines } = await tool<{
      diffLines: (a: string[], b: string[]) => { kind: string; text: string }[];
    }>('diff-checker');
    expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('team maker deals everyone into teams that differ by one at most', async () => {
    const { makeTeams } = await tool<{ makeTeams: (n: string[], t: number) => string[][] }>('team-maker');
    const names = Array.from({ length: 11 }, (_, i) => `p${i}`);
    const teams = makeTeams(names, 3);
    expect(teams.map((t) => t.length).sort()).toEqual([3, 4, 4]);
    expect(teams.flat().sort()).toEqual([...names].sort());
  });

  it('colour palette: five colours around the base, gradients as CSS', async () => {
    const { palette } = await tool<{ palette: (b: string, h: string) => string[] }>('color-palette');
    expect(palette('#ff0000', 'monochrome')).toHaveLength(5);
    expect(palette('#ff0000', 'monochrome')[2]).toBe('#ff0000');
    expect(palette('#ff0000', 'complementary')[2]).toBe('#00ffff');
    const { gradientCss } = await tool<{ gradientCss: (g: object) => string }>('gradient');
    expect(gradientCss({ colors: ['#000000', '#ffffff'], angle: 45, shape: 'linear' })).toBe(
      'linear-gradient(45deg, #000000, #ffffff)',
    );
  });

  it('habit streaks count back from today', async () => {
    const { streaks } = await tool<{
      streaks: (d: Set<string>, t: Date) => { current: number; longest: number };
    }>('habit-heatmap');
    const done = new Set(['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-10', '2024-03-11']);
    expect(streaks(done, new Date(2024, 2, 11, 12))).toEqual({ current: 2, longest: 3 });
    expect(streaks(done, new Date(2024, 2, 12, 12))).toEqual({ current: 2, longest: 3 });
    expect(streaks(done, new Date(2024, 2, 14, 12))).toEqual({ current: 0, longest: 3 });
  });
});
