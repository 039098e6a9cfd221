import { describe, expect, it } from 'vitest';
import { ConfigError } from '@isekai/service-kit';
import { loadConfig } from './config.js';

describe(loadConfig.name, () => {
  it('listens on loopback by default', () => {
    expect(loadConfig({})).toMatchObject({
      host: '127.0.0.1',
      port: 8000,
      unauthenticatedBeyondLoopback: false,
      apiKeys: { required: false, defaultMaxApps: 50 },
    });
  });

  it.each(['127.0.0.1', '127.0.1.1', '::1', 'localhost'])('accepts the loopback address %s', (host) => {
    expect(loadConfig({ HOST: host }).host).toBe(host);
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', 'isekai.example.org'])('refuses %s without API keys', (host) => {
    expect(() => loadConfig({ HOST: host })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: host })).toThrow(
      /without a key.*API_KEYS=on.*ALLOW_UNAUTHENTICATED_API=true/s,
    );
  });

  it('listens beyond loopback when API keys are required', () => {
    const config = loadConfig({ HOST: '0.0.0.0', API_KEYS: 'on', API_KEY_MAX_APPS: '5' });
    expect(config).toMatchObject({
      unauthenticatedBeyondLoopback: false,
      apiKeys: { required: true, defaultMaxApps: 5, failureLimit: 20 },
    });
  });

  it('listens beyond loopback when that risk is accepted explicitly, and says so', () => {
    const config = loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_API: 'true' });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      unauthenticatedBeyondLoopback: true,
      plannerUrl: 'http://127.0.0.1:8001',
    });
  });

  it('believes no proxy by default, and the proxies TRUST_PROXY names', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback,10.0.0.0/8');
  });

  it.each(['true', 'everyone', '10.0.0.5; rm'])('refuses TRUST_PROXY=%s, saying what it takes', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(
      /TRUST_PROXY must be false, a number of proxy hops/,
    );
  });

  it('names every bad key at once', () => {
    expect(() => loadConfig({ BACKEND_PORT: 'x', ALLOW_UNAUTHENTICATED_API: 'maybe' })).toThrow(
      /BACKEND_PORT[\s\S]*ALLOW_UNAUTHENTICATED_API/,
    );
  });
});
