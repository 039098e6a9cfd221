import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { DEFAULT_TIERS, readTiers } from './tiers.js';

describe(readTiers.name, () => {
  it('changes the default tiers field by field', () => {
    const tiers = readTiers('{"free":{"maxApps":5},"pro":{"memoryMb":1024}}');
    expect(tiers.free).toEqual({ ...DEFAULT_TIERS.free, maxApps: 5 });
    expect(tiers.pro.memoryMb).toBe(1024);
    expect(tiers.enterprise).toEqual(DEFAULT_TIERS.enterprise);
    expect(readTiers(undefined)).toEqual(DEFAULT_TIERS);
  });

  it.each([
    ['not JSON', 'free', /must be JSON/],
    ['an unknown tier', '{"gold":{}}', /unknown tier "gold"/],
    ['an unknown field', '{"free":{"apps":1}}', /unknown field "apps"/],
    ['a value out of range', '{"free":{"memoryMb":8}}', /free.memoryMb must be a whole number from 16/],
    ['text for a number', '{"free":{"maxApps":"5"}}', /free.maxApps must be a whole number/],
  ])('refuses %s, saying what is wrong', (_what, raw, message) => {
    expect(() => readTiers(raw)).toThrow(message);
    expect(() => loadConfig({ TIERS: raw })).toThrow(/TIERS/);
  });

  it('lets API_KEY_MAX_APPS set the default tier’s apps, as before tiers', () => {
    const config = loadConfig({ API_KEY_MAX_APPS: '7', API_KEY_DEFAULT_TIER: 'free' });
    expect(config.apiKeys).toMatchObject({ defaultTier: 'free', defaultMaxApps: 7 });
    expect(config.apiKeys.tiers.free.maxApps).toBe(7);
    expect(config.apiKeys.tiers.pro.maxApps).toBe(DEFAULT_TIERS.pro.maxApps);
  });
});
