import { describe, expect, it } from 'vitest';
import { ConfigError } from '@isekai/service-kit';
import { loadConfig } from './config.js';

describe(loadConfig.name, () => {
  it('uses the documented defaults and generates a token when none is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8001,
      host: '127.0.0.1',
      engine: 'offline',
      logLevel: 'info',
      rateLimitWindowMs: 900000,
      rateLimitFailures: 100,
      serviceTokenGenerated: true,
    });
    expect(config.serviceToken.length).toBeGreaterThan(20);
  });

  it('reads the token and port from the environment', () => {
    const config = loadConfig({ ISEKAI_SERVICE_TOKEN: 'secret', PLANNER_PORT: '9100' });
    expect(config).toMatchObject({ serviceToken: 'secret', serviceTokenGenerated: false, port: 9100 });
  });

  it('names every bad key at once', () => {
    let error: unknown;
    try {
      loadConfig({ PLANNER_PORT: 'x', PLANNER_ENGINE: 'gpt' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join(' ')).toMatch(
      /PLANNER_PORT.*PLANNER_ENGINE|PLANNER_ENGINE.*PLANNER_PORT/,
    );
  });
});

describe('loadConfig with a language model', () => {
  it('reads the model settings with their defaults', () => {
    const config = loadConfig({
      PLANNER_ENGINE: 'openai',
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1',
      LLM_MODEL: 'llama3.1',
    });
    expect(config.model).toEqual({
      provider: 'openai',
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: undefined,
      model: 'llama3.1',
      timeoutMs: 120000,
      maxTokens: 16000,
      checkRetries: 2,
      repairRounds: 2,
      fallbackOffline: false,
    });
  });

  it('needs LLM_MODEL when a model engine is chosen', () => {
    expect(() => loadConfig({ PLANNER_ENGINE: 'anthropic' })).toThrow(/LLM_MODEL/);
  });

  it('reads the fallback, rounds and timeout', () => {
    const config = loadConfig({
      PLANNER_ENGINE: 'anthropic',
      LLM_MODEL: 'claude',
      LLM_FALLBACK: 'offline',
      LLM_REPAIR_ROUNDS: '0',
      LLM_TIMEOUT_MS: '5000',
    });
    expect(config.model).toMatchObject({
      provider: 'anthropic',
      fallbackOffline: true,
      repairRounds: 0,
      timeoutMs: 5000,
    });
  });

  it('has no model settings for the offline engine', () => {
    expect(loadConfig({}).model).toBeUndefined();
  });
});
