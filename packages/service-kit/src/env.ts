import { LOG_LEVELS, type LogLevel } from './logger.js';

/** A reader turns one raw environment value into a typed one, or throws a message naming what is wrong. */
export type EnvReader<T> = (raw: string | undefined) => T;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function present(raw: string | undefined): raw is string {
  return raw !== undefined && raw.trim() !== '';
}

export const env = {
  string:
    (fallback: string): EnvReader<string> =>
    (raw) =>
      present(raw) ? raw.trim() : fallback,
  optionalString: (): EnvReader<string | undefined> => (raw) => (present(raw) ? raw.trim() : undefined),
  int:
    (fallback: number, { min = -Infinity, max = Infinity } = {}): EnvReader<number> =>
    (raw) => {
      if (!present(raw)) return fallback;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < min || value > max) {
        throw new Error(`must be a whole number from ${min} to ${max}, got "${raw}"`);
      }
      return value;
    },
  port: (fallback: number): EnvReader<number> => env.int(fallback, { min: 0, max: 65535 }),
  oneOf:
    <const V extends string>(values: readonly V[], fallback: V): EnvReader<V> =>
    (raw) => {
      if (!present(raw)) return fallback;
      if (!values.includes(raw.trim() as V))
        throw new Error(`must be one of ${values.join(', ')}, got "${raw}"`);
      return raw.trim() as V;
    },
  url:
    (fallback: string | undefined): EnvReader<string | undefined> =>
    (raw) => {
      if (!present(raw)) return fallback;
      try {
        return new URL(raw.trim()).toString().replace(/\/+$/, '');
      } catch {
        throw new Error(`must be a URL such as http://127.0.0.1:8001, got "${raw}"`);
      }
    },
  list:
    (fallback: string[]): EnvReader<string[]> =>
    (raw) =>
      present(raw)
        ? raw
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : fallback,
  logLevel: (fallback: LogLevel = 'info'): EnvReader<LogLevel> => env.oneOf(LOG_LEVELS, fallback),
  bool:
    (fallback: boolean): EnvReader<boolean> =>
    (raw) => {
      if (!present(raw)) return fallback;
      if (/^(1|true|yes|on)$/i.test(raw.trim())) return true;
      if (/^(0|false|no|off)$/i.test(raw.trim())) return false;
      throw new Error(`must be true or false, got "${raw}"`);
    },
};

type Readers = Record<string, EnvReader<unknown>>;
export type EnvValues<R extends Readers> = { [K in keyof R]: ReturnType<R[K]> };

/** Reads every key at once and fails naming each bad one, so a misconfiguration is fixed in one go. */
export function readEnv<R extends Readers>(source: NodeJS.ProcessEnv, readers: R): EnvValues<R> {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(readers)) {
    try {
      values[key] = read(source[key]);
    } catch (error) {
      problems.push(`${key} ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return values as EnvValues<R>;
}
