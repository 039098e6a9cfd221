import type { AppLimits } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import type { ApiKeyRecord } from '../data/keys.repository.js';
import type { Store } from '../data/store.js';
import type { ApiKeys } from './api-keys.js';

const HOUR_MS = 3600_000;

/** A tier's allowances for one key: a fixed allowance is a 403, a rate (per hour) a 429 with when it resets. */
export function createQuotas({ store, apiKeys }: { store: Store; apiKeys: ApiKeys }) {
  return {
    /** The per-app caps of the key's tier, never above the server's own limits. */
    limitsFor(key: ApiKeyRecord, server: AppLimits): AppLimits {
      const tier = apiKeys.tierOf(key);
      return {
        memoryMb: Math.min(tier.memoryMb, server.memoryMb),
        cpuPercent: Math.min(tier.cpuPercent, server.cpuPercent),
        timeoutMs: Math.min(tier.timeoutMs, server.timeoutMs),
      };
    },

    /** One more app that should run: 403 when the key's tier already runs as many as it may. */
    checkRunning(key: ApiKeyRecord): void {
      const max = apiKeys.tierOf(key).maxRunningApps;
      if (store.apps.countRunningAppsOf(key.id) < max) return;
      throw new AppError({
        code: 'running-quota-exceeded',
        status: 403,
        message: `This API key may run ${max} apps at once (tier ${apiKeys.listItem(key).tier}) and already does; stop one first.`,
        details: { quota: 'maxRunningApps', limit: max },
      });
    },

    /** One more generation (a new app or a change by prompt): 429 until the oldest of the hour leaves it. */
    checkGenerations(key: ApiKeyRecord, now = Date.now()): void {
      const max = apiKeys.tierOf(key).generationsPerHour;
      const recent = store.apps.generationsOf(key.id, new Date(now - HOUR_MS).toISOString(), max);
      if (recent.length < max) return;
      const resetsAt = new Date(Date.parse(recent[0] as string) + HOUR_MS);
      const seconds = Math.max(1, Math.ceil((resetsAt.getTime() - now) / 1000));
      throw new AppError({
        code: 'generation-quota-exceeded',
        status: 429,
        message: `This API key may ask for ${max} generations (new apps and changes by prompt) an hour and has; the next is allowed at ${resetsAt.toISOString()} (in ${seconds} s).`,
        details: { quota: 'generationsPerHour', limit: max, resetsAt: resetsAt.toISOString() },
        headers: { 'retry-after': String(seconds) },
      });
    },
  };
}

export type Quotas = ReturnType<typeof createQuotas>;
