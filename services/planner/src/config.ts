import { ConfigError, env, generateServiceToken, readEnv, type LogLevel } from '@isekai/service-kit';

export const PLANNER_ENGINES = ['offline', 'openai', 'anthropic'] as const;
export type PlannerEngine = (typeof PLANNER_ENGINES)[number];

/** Where a language model is and how long to wait for it; absent for the offline engine. */
export interface ModelConfig {
  provider: 'openai' | 'anthropic';
  /** Unset means the provider's own endpoint (api.openai.com, api.anthropic.com). */
  baseUrl?: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  maxTokens: number;
  /** Answers that fail the checks before deploy are sent back this many times at most. */
  checkRetries: number;
  /** Failed starts the backend may send back for repair (the planner tells it in each answer). */
  repairRounds: number;
  /** When the model cannot be reached, the offline engine answers instead (and says so). */
  fallbackOffline: boolean;
}

export interface PlannerConfig {
  port: number;
  host: string;
  serviceToken: string;
  /** True when no token was configured and one was generated for this start only. */
  serviceTokenGenerated: boolean;
  engine: PlannerEngine;
  model?: ModelConfig;
  logLevel: LogLevel;
  rateLimitWindowMs: number;
  rateLimitFailures: number;
}

/** The only reader of the environment in the planner; fails naming every bad key at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): PlannerConfig {
  const values = readEnv(source, {
    PLANNER_PORT: env.port(8001),
    HOST: env.string('127.0.0.1'),
    ISEKAI_SERVICE_TOKEN: env.optionalString(),
    PLANNER_ENGINE: env.oneOf(PLANNER_ENGINES, 'offline'),
    LLM_BASE_URL: env.url(undefined),
    LLM_API_KEY: env.optionalString(),
    LLM_MODEL: env.optionalString(),
    LLM_TIMEOUT_MS: env.int(120_000, { min: 100, max: 3_600_000 }),
    LLM_MAX_TOKENS: env.int(16_000, { min: 256, max: 200_000 }),
    LLM_CHECK_RETRIES: env.int(2, { min: 0, max: 5 }),
    LLM_REPAIR_ROUNDS: env.int(2, { min: 0, max: 5 }),
    LLM_FALLBACK: env.oneOf(['none', 'offline'], 'none'),
    LOG_LEVEL: env.logLevel(),
    RATE_LIMIT_WINDOW_MS: env.int(900_000, { min: 1000 }),
    RATE_LIMIT_FAILURES: env.int(100, { min: 1 }),
  });
  const engine = values.PLANNER_ENGINE;
  if (engine !== 'offline' && !values.LLM_MODEL) {
    throw new ConfigError([
      `LLM_MODEL: required when PLANNER_ENGINE is ${engine} (e.g. llama3.1, gpt-4o-mini, claude-sonnet-4-5)`,
    ]);
  }
  return {
    port: values.PLANNER_PORT,
    host: values.HOST,
    serviceToken: values.ISEKAI_SERVICE_TOKEN ?? generateServiceToken(),
    serviceTokenGenerated: values.ISEKAI_SERVICE_TOKEN === undefined,
    engine,
    ...(engine === 'offline'
      ? {}
      : {
          model: {
            provider: engine,
            baseUrl: values.LLM_BASE_URL,
            apiKey: values.LLM_API_KEY,
            model: values.LLM_MODEL ?? '',
            timeoutMs: values.LLM_TIMEOUT_MS,
            maxTokens: values.LLM_MAX_TOKENS,
            checkRetries: values.LLM_CHECK_RETRIES,
            repairRounds: values.LLM_REPAIR_ROUNDS,
            fallbackOffline: values.LLM_FALLBACK === 'offline',
          },
        }),
    logLevel: values.LOG_LEVEL,
    rateLimitWindowMs: values.RATE_LIMIT_WINDOW_MS,
    rateLimitFailures: values.RATE_LIMIT_FAILURES,
  };
}
