import type { AppSpec, AppSpecV1 } from '@isekai/contracts';

/** Apps planned before spec v2 keep their v1 spec in stored plans and events, so the UI reads both. */
export type AnySpec = AppSpec | AppSpecV1;

export function isSpecV2(spec: AnySpec): spec is AppSpec {
  return (spec as Partial<AppSpec>).version === 2;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A spec as it arrives in an event's data (JSON of any age), or undefined when it is not one. Only the
 * lists the summary walks are checked: a half-read spec would throw while rendering.
 */
export function readSpec(value: unknown): AnySpec | undefined {
  if (!isRecord(value) || typeof value.title !== 'string') return undefined;
  if (value.version === 2) {
    return Array.isArray(value.collections) && Array.isArray(value.pages)
      ? (value as unknown as AppSpec)
      : undefined;
  }
  return Array.isArray(value.entities) ? (value as unknown as AppSpecV1) : undefined;
}
