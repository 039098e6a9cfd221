import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Route } from './routes.js';
import { rawSegment } from './texts.js';

/** JSON values and texts a client should never send: wrong types, deep, wide, long, odd keys. */
const junkValue = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 6 },
  { arbitrary: fc.anything({ maxDepth: 2 }).map((value) => (value === undefined ? null : value)), weight: 1 },
  { arbitrary: fc.constantFrom(null, true, 0, -1, 1e308, '', [], {}, [[]], [{}]), weight: 2 },
);
const spoiledPrompt = fc.oneof(
  fc.constantFrom(
    null,
    7,
    true,
    [],
    {},
    ['a todo list'],
    { text: 'a todo list' },
    '',
    ' ',
    '\u0000',
    '\u200b\u2060',
    '\t\n',
  ),
  fc.constant('x'.repeat(4001)),
);
const badFiles = fc.oneof(
  fc.constantFrom(null, 'server.js', [], {}, 7, ['server.js']),
  fc.constant({ '../escape.js': 'x' }),
  fc.constant({ '/etc/passwd': 'x' }),
  fc.constant({ 'server.js': 42 }),
  fc.constant({ 'a\u0000b': 'x' }),
  fc.dictionary(rawSegment, fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string())), {
    minKeys: 1,
    maxKeys: 3,
  }),
);
const badLimits = fc.oneof(
  fc.constantFrom(null, 'big', [], {}),
  fc.record({
    memoryMb: fc.oneof(fc.constant(15), fc.constant('512'), fc.constant(1e9)),
    cpuPercent: fc.integer(),
    timeoutMs: fc.integer({ max: 999 }),
  }),
);

/** A body that the route must refuse: each field the route needs is of a wrong kind or missing. */
export function spoiledBody(route: Route) {
  const withJunk = <T>(fields: fc.Arbitrary<T>) =>
    fc
      .tuple(fields, fc.dictionary(fc.string({ maxLength: 8 }), junkValue, { maxKeys: 3 }))
      .map(([known, extra]) => ({
        ...extra,
        ...known,
      }));
  switch (route.path) {
    case '/api/apps':
      return withJunk(fc.record({ prompt: spoiledPrompt, name: junkValue }, { requiredKeys: [] }));
    case '/api/apps/:id/prompts':
    case '/v1/plans':
      return withJunk(
        fc.record({ prompt: spoiledPrompt, current: junkValue, repair: junkValue }, { requiredKeys: [] }),
      );
    case '/api/apps/:id/files':
      return withJunk(fc.record({ files: badFiles }, { requiredKeys: [] }));
    case '/api/keys':
      return withJunk(
        fc.record(
          {
            name: fc.oneof(spoiledPrompt, fc.constant('n'.repeat(81))),
            role: junkValue,
            tier: junkValue,
            maxApps: junkValue,
          },
          { requiredKeys: [] },
        ),
      );
    default:
      // The sandbox's deploy: never all of valid files, a safe entry and whole-number limits at once.
      return withJunk(
        fc.record({ files: badFiles, entry: junkValue, limits: badLimits }, { requiredKeys: [] }),
      );
  }
}

/** How a body goes on the wire: JSON as it should be, or broken, huge, deep, in another encoding. */
export function wireBody(value: fc.Arbitrary<unknown>) {
  const json = value.map((v) => ({ body: Buffer.from(JSON.stringify(v)), type: 'application/json' }));
  return fc.oneof(
    { arbitrary: json, weight: 84 },
    {
      arbitrary: value.map((v) => ({
        body: Buffer.from(JSON.stringify(v).slice(0, -1)),
        type: 'application/json',
      })),
      weight: 14,
    },
    {
      arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((depth) => ({
        body: Buffer.from('['.repeat(depth) + ']'.repeat(depth)),
        type: 'application/json',
      })),
      weight: 7,
    },
    {
      arbitrary: fc.integer({ min: 1000, max: 50_000 }).map((depth) => ({
        body: Buffer.from(`${'{"prompt":'.repeat(depth)}1${'}'.repeat(depth)}`),
        type: 'application/json',
      })),
      weight: 7,
    },
    {
      arbitrary: fc.constantFrom(2_000_000, 11 * 1024 * 1024).map((size) => ({
        body: Buffer.from(`{"prompt":"${'a'.repeat(size)}"}`),
        type: 'application/json',
      })),
      weight: 1,
    },
    {
      arbitrary: fc
        .uint8Array({ maxLength: 200 })
        .map((bytes) => ({ body: Buffer.from(bytes), type: 'application/json' })),
      weight: 14,
    },
    {
      arbitrary: json.map(({ body }) => ({
        body: Buffer.from(body.toString('utf16le')),
        type: 'application/json; charset=utf-16',
      })),
      weight: 7,
    },
    { arbitrary: json.map(({ body }) => ({ body, type: 'application/json; charset=latin1' })), weight: 7 },
    { arbitrary: json.map(({ body }) => ({ body, type: 'text/plain' })), weight: 7 },
    { arbitrary: json.map(({ body }) => ({ body, type: 'application/x-www-form-urlencoded' })), weight: 7 },
    {
      arbitrary: json.map(({ body }) => ({
        body: gzipSync(body),
        type: 'application/json',
        encoding: 'gzip',
      })),
      weight: 7,
    },
    { arbitrary: json.map(({ body }) => ({ body, type: 'application/json', encoding: 'gzip' })), weight: 7 },
    {
      arbitrary: json.map(({ body }) => ({ body, type: 'application/json', encoding: 'br, x-unknown' })),
      weight: 7,
    },
    {
      arbitrary: fc
        .constantFrom(
          '{"__proto__":{"admin":true}}',
          '{"constructor":{"prototype":{"x":1}}}',
          '\uFEFF{}',
          '{"a":1}{"b":2}',
          '"\\ud800"',
        )
        .map((text) => ({ body: Buffer.from(text), type: 'application/json' })),
      weight: 7,
    },
  );
}
