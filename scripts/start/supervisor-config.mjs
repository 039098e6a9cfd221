// The supervisor's two settings, read once at start like every service's config: how many times one service
// may be restarted within a minute, and the first back-off (it doubles with each restart in that minute).
import { env, readEnv } from '@isekai/service-kit';

export function readSupervisorConfig(source = process.env) {
  const values = readEnv(source, {
    SUPERVISOR_MAX_RESTARTS: env.int(5, { min: 0, max: 100 }),
    SUPERVISOR_BACKOFF_MS: env.int(1000, { min: 0, max: 60_000 }),
  });
  return { maxRestarts: values.SUPERVISOR_MAX_RESTARTS, backoffMs: values.SUPERVISOR_BACKOFF_MS };
}
