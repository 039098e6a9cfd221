import { TIER_NAMES, type Tier, type TierName } from '@isekai/contracts';

export type Tiers = Record<TierName, Tier>;

/** In the spirit of free / pro / enterprise; per-app caps are cut to the server's own limits. */
export const DEFAULT_TIERS: Tiers = {
  free: {
    maxApps: 3,
    maxRunningApps: 1,
    generationsPerHour: 20,
    memoryMb: 128,
    cpuPercent: 25,
    timeoutMs: 15 * 60_000,
  },
  pro: {
    maxApps: 50,
    maxRunningApps: 10,
    generationsPerHour: 200,
    memoryMb: 512,
    cpuPercent: 50,
    timeoutMs: 3600_000,
  },
  enterprise: {
    maxApps: 1000,
    maxRunningApps: 200,
    generationsPerHour: 5000,
    memoryMb: 4096,
    cpuPercent: 400,
    timeoutMs: 7 * 24 * 3600_000,
  },
};

const FIELDS: Record<keyof Tier, [number, number]> = {
  maxApps: [1, 100_000],
  maxRunningApps: [1, 100_000],
  generationsPerHour: [1, 1_000_000],
  memoryMb: [16, 65536],
  cpuPercent: [1, 1600],
  timeoutMs: [1000, 7 * 24 * 3600_000],
};

/**
 * TIERS: JSON that changes the defaults field by field, e.g. `{"free":{"maxApps":5},"pro":{"memoryMb":1024}}`.
 * Unknown tiers or fields, and values out of range, are refused rather than ignored.
 */
export function readTiers(raw: string | undefined): Tiers {
  const tiers = structuredClone(DEFAULT_TIERS);
  if (raw === undefined || raw.trim() === '') return tiers;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('must be JSON such as {"free":{"maxApps":5}}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('must be a JSON object of tiers');
  for (const [name, fields] of Object.entries(parsed)) {
    if (!TIER_NAMES.includes(name as TierName))
      throw new Error(`names an unknown tier "${name}" (tiers: ${TIER_NAMES.join(', ')})`);
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
      throw new Error(`${name} must be an object of limits`);
    for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
      const range = FIELDS[field as keyof Tier] as [number, number] | undefined;
      if (!range)
        throw new Error(`${name} has an unknown field "${field}" (${Object.keys(FIELDS).join(', ')})`);
      if (!Number.isInteger(value) || (value as number) < range[0] || (value as number) > range[1])
        throw new Error(`${name}.${field} must be a whole number from ${range[0]} to ${range[1]}`);
      tiers[name as TierName][field as keyof Tier] = value as number;
    }
  }
  return tiers;
}
