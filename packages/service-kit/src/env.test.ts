import { describe, expect, it } from 'vitest';
import { ConfigError, env, readEnv } from './env.js';

describe('readEnv', () => {
  it('reads LOG_LEVEL as one of pino levels, info when unset', () => {
    expect(readEnv({}, { LOG_LEVEL: env.logLevel() })).toEqual({ LOG_LEVEL: 'info' });
    expect(readEnv({ LOG_LEVEL: ' silent ' }, { LOG_LEVEL: env.logLevel() })).toEqual({
      LOG_LEVEL: 'silent',
    });
  });

  it('names every bad key at once', () => {
    const read = () =>
      readEnv({ LOG_LEVEL: 'verbose', FLAG: 'maybe' }, { LOG_LEVEL: env.logLevel(), FLAG: env.bool(false) });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
    expect(read).toThrow(/FLAG must be true or false, got "maybe"/);
  });

  it('reads a boolean from the usual spellings', () => {
    expect(readEnv({ A: 'yes', B: 'OFF' }, { A: env.bool(false), B: env.bool(true) })).toEqual({
      A: true,
      B: false,
    });
  });
});
