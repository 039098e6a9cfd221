import { describe, expect, it } from 'vitest';
import { ConfigError } from '@isekai/service-kit';
import { readConfig } from './config.js';

describe(readConfig.name, () => {
  it('uses the documented defaults and generates a token when none is set', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 8001, host: '127.0.0.1', engine: 'offline', logLevel: 'info', rateLimitWindowMs: 900000, rateLimitFailures: 100, tokenGenerated: true });
    expect(config.serviceToken.length).toBeGreaterThan(20);
  });

  it('reads the token and port from the environment', () => {
    const config = readConfig({ ISEKAI_SERVICE_TOKEN: 'secret', PLANNER_PORT: '9100' });
    expect(config).toMatchObject({ serviceToken: 'secret', tokenGenerated: false, port: 9100 });
  });

  it('names every bad key at once', () => {
    let error: unknown;
    try {
      readConfig({ PLANNER_PORT: 'x', PLANNER_ENGINE: 'gpt' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join(' ')).toMatch(/PLANNER_PORT.*PLANNER_ENGINE|PLANNER_ENGINE.*PLANNER_PORT/);
  });
});
