import { env, generateServiceToken, readEnv } from '@isekai/service-kit';

export const PLANNER_ENGINES = ['offline'] as const;
export type PlannerEngine = (typeof PLANNER_ENGINES)[number];

export interface PlannerConfig {
  port: number;
  host: string;
  serviceToken: string;
  /** True when no token was configured and one was generated for this start only. */
  tokenGenerated: boolean;
  engine: PlannerEngine;
  logLevel: string;
  rateLimitWindowMs: number;
  rateLimitFailures: number;
}

/** The only reader of the environment in the planner; fails naming every bad key at once. */
export function readConfig(source: NodeJS.ProcessEnv = process.env): PlannerConfig {
  const values = readEnv(source, {
    PLANNER_PORT: env.port(8001),
    HOST: env.string('127.0.0.1'),
    ISEKAI_SERVICE_TOKEN: env.optionalString(),
    PLANNER_ENGINE: env.oneOf(PLANNER_ENGINES, 'offline'),
    LOG_LEVEL: env.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    RATE_LIMIT_WINDOW_MS: env.int(900_000, { min: 1000 }),
    RATE_LIMIT_FAILURES: env.int(100, { min: 1 }),
  });
  return {
    port: values.PLANNER_PORT,
    host: values.HOST,
    serviceToken: values.ISEKAI_SERVICE_TOKEN ?? generateServiceToken(),
    tokenGenerated: values.ISEKAI_SERVICE_TOKEN === undefined,
    engine: values.PLANNER_ENGINE,
    logLevel: values.LOG_LEVEL,
    rateLimitWindowMs: values.RATE_LIMIT_WINDOW_MS,
    rateLimitFailures: values.RATE_LIMIT_FAILURES,
  };
}
