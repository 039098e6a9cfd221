import type { SandboxNoticeKind } from '@isekai/contracts';

/**
 * What a line of an app's output says the sandbox refused it, or null. The preload's allow-list error has
 * its own code; Node's permission model throws ERR_ACCESS_DENIED; a fork or thread the pids limit refuses
 * fails with EAGAIN.
 */
const PATTERNS: [SandboxNoticeKind, RegExp][] = [
  ['module-refused', /ERR_ISEKAI_MODULE_NOT_ALLOWED|Isekai apps may use Node's built-in modules and only/],
  ['permission-denied', /ERR_ACCESS_DENIED|Access to this API has been restricted/],
  ['process-limit', /\b(spawn|fork)\b.*\bEAGAIN\b|uv_thread_create|Resource temporarily unavailable/],
];

export function refusalIn(line: string): SandboxNoticeKind | null {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(line)) return kind;
  return null;
}
