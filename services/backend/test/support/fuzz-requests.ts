import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

export type FuzzTarget = 'backend' | 'planner' | 'sandbox';

/** One malformed request, as raw as HTTP allows: the path is sent byte for byte, the body as given. */
export interface FuzzRequest {
  target: FuzzTarget;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** What the generator may use: the ids that exist and the credentials there are. */
export interface FuzzWorld {
  /** An app that exists (its routes are only sent bodies that cannot be valid). */
  appId: string;
  /** A well-formed id no app has. */
  unknownAppId: string;
  keys: { admin: string; user: string };
  serviceToken: string;
}

/** A route and whether a request to it with a real id and no body would change something. */
interface Route {
  method: string;
  /** `:id` an app id, `:n` a version, `:key` a key id. */
  path: string;
  /** True when a well-formed request changes state whatever its body: only bad or unknown ids go there. */
  acts?: boolean;
  /** True when the body decides (create, change, edit): the body is always spoiled. */
  body?: boolean;
}

const BACKEND: Route[] = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/api' },
  { method: 'GET', path: '/api/session' },
  { method: 'GET', path: '/api/apps' },
  { method: 'POST', path: '/api/apps', body: true },
  { method: 'GET', path: '/api/apps/:id' },
  { method: 'DELETE', path: '/api/apps/:id', acts: true },
  { method: 'POST', path: '/api/apps/:id/prompts', body: true },
  { method: 'POST', path: '/api/apps/:id/start', acts: true },
  { method: 'POST', path: '/api/apps/:id/stop', acts: true },
  { method: 'POST', path: '/api/apps/:id/cancel', acts: true },
  { method: 'GET', path: '/api/apps/:id/files' },
  { method: 'PATCH', path: '/api/apps/:id/files', body: true },
  { method: 'GET', path: '/api/apps/:id/versions' },
  { method: 'GET', path: '/api/apps/:id/versions/:n/files' },
  { method: 'POST', path: '/api/apps/:id/versions/:n/restore', acts: true },
  { method: 'GET', path: '/api/apps/:id/events' },
  { method: 'GET', path: '/api/apps/:id/logs' },
  { method: 'GET', path: '/api/apps/:id/archive' },
  { method: 'GET', path: '/api/keys' },
  { method: 'POST', path: '/api/keys', body: true },
  { method: 'DELETE', path: '/api/keys/:key', acts: true },
  { method: 'GET', path: '/api/admin/events' },
  { method: 'GET', path: '/metrics' },
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/health/live' },
  { method: 'GET', path: '/health/ready' },
  { method: 'GET', path: '/assets/index.js' },
];
const PLANNER: Route[] = [
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/metrics' },
  { method: 'POST', path: '/v1/plans', body: true },
];
const SANDBOX: Route[] = [
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/metrics' },
  { method: 'GET', path: '/v1/apps' },
  { method: 'GET', path: '/v1/apps/:id' },
  { method: 'PUT', path: '/v1/apps/:id', body: true },
  { method: 'POST', path: '/v1/apps/:id/start', acts: true },
  { method: 'POST', path: '/v1/apps/:id/stop', acts: true },
  { method: 'DELETE', path: '/v1/apps/:id', acts: true },
  { method: 'GET', path: '/v1/apps/:id/logs' },
];
export const ROUTES: Record<FuzzTarget, Route[]> = { backend: BACKEND, planner: PLANNER, sandbox: SANDBOX };

const METHODS = [
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'PROPFIND',
  'MKCOL',
  'BREW',
  'SEARCH',
];

/** Printable ASCII and Latin-1: everything Node lets a client put in a header value. */
const headerText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0xa0, max: 0xff }).map((code) => String.fromCharCode(code)),
    ),
    maxLength,
  });

/** Text of any kind, percent-encoded for a path or query (bad escapes and NULs are added apart). */
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u200b\u200b',
    'null',
    'undefined',
    'true',
    '-1',
    '0',
    '1e309',
    'NaN',
    '[]',
    '{}',
  ),
);
const encoded = anyText.map((text) => encodeURIComponent(text));
const rawSegment = fc.oneof(
  encoded,
  fc.constantFrom(
    '%',
    '%zz',
    '%00',
    '%2e%2e',
    '..',
    '.',
    '%2F',
    '%u0041',
    '%C0%AF',
    '%ED%A0%80',
    '%FF%FE',
    ';x=1',
    'a'.repeat(3000),
  ),
);

function idFor(world: FuzzWorld, acts: boolean) {
  const bad = fc.oneof(
    rawSegment,
    fc.constantFrom('AAAAAAAAAAAA', 'aaaaaaaaaaa', 'aaaaaaaaaaaaa', '__proto__', 'constructor'),
  );
  return acts
    ? fc.oneof(bad, fc.constant(world.unknownAppId))
    : fc.oneof(bad, fc.constant(world.unknownAppId), fc.constant(world.appId));
}

const versionSegment = fc.oneof(
  fc.constantFrom('0', '-1', '1.5', '1e3', '99999999999999999999', 'x', '%20', '0x1', ''),
  fc.integer().map(String),
  rawSegment,
);
const keySegment = fc.oneof(
  fc.constantFrom('key_zzzzzzzz', 'key_', 'KEY_AAAAAAAA', 'key_aaaaaaa'),
  rawSegment,
);

const QUERY_NAMES = [
  'limit',
  'cursor',
  'status',
  'wait',
  'tail',
  'follow',
  'after',
  'format',
  'type',
  'minSeverity',
  'since',
  'x',
];
const queryPair = fc.tuple(
  fc.oneof(
    fc.constantFrom(...QUERY_NAMES),
    encoded,
    fc.constantFrom('limit[]', 'limit[a]', '__proto__', 'a.b'),
  ),
  fc.oneof(
    encoded,
    rawSegment,
    fc.constantFrom('true', '1', '100', '101', '-5', 'zip', 'tar.gz', 'audit', 'high', '2026-01-01'),
  ),
);
/** Often a name given twice or more: a list where one value is expected. */
const query = fc.oneof(
  fc.constant(''),
  fc
    .array(queryPair, { minLength: 1, maxLength: 6 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc
    .tuple(fc.constantFrom(...QUERY_NAMES), fc.array(encoded, { minLength: 2, maxLength: 4 }))
    .map(([name, values]) => `?${values.map((value) => `${name}=${value}`).join('&')}`),
  fc.constantFrom('?', '?&&&', '?=', '?limit', '?a=1&a', `?x=${'y'.repeat(20_000)}`),
);

/** Routes with their placeholders filled; a few other paths, and path tricks around real ones. */
function pathFor(world: FuzzWorld, route: Route) {
  return fc
    .tuple(idFor(world, route.acts === true), versionSegment, keySegment)
    .map(([id, n, key]) => route.path.replace(':id', id).replace(':n', n).replace(':key', key));
}
const pathTricks = (path: string) =>
  fc.constantFrom(
    path,
    path,
    path,
    `${path}/`,
    `/${path}`,
    path.toUpperCase(),
    `${path}/..`,
    `${path}/../../metrics`,
    path.replace(/\//g, '%2F'),
    `${path}%00`,
    `${path}/%2e%2e/%2e%2e/etc/passwd`,
  );

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
function spoiledBody(route: Route) {
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
function wireBody(value: fc.Arbitrary<unknown>) {
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

function credentialsFor(world: FuzzWorld, target: FuzzTarget) {
  const real = target === 'backend' ? [world.keys.admin, world.keys.user] : [world.serviceToken];
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: fc.constantFrom(...real).map((secret) => `Bearer ${secret}`), weight: 5 },
    {
      arbitrary: fc.oneof(
        fc.constantFrom(
          'Bearer',
          'Bearer ',
          'bearer isk_',
          'Basic YWRtaW46YWRtaW4=',
          'Bearer isk_wrongwrongwrongwrongwrongwrong00',
          `Bearer ${'x'.repeat(8000)}`,
        ),
        fc.constantFrom(...real).map((secret) => `Bearer ${secret}x`),
        fc.constantFrom(...real).map((secret) => `Bearer  ${secret} extra`),
        headerText(60).map((text) => `Bearer ${text}`),
      ),
      weight: 2,
    },
  );
}

const oddHeaders = fc.dictionary(
  fc.constantFrom(
    'x-request-id',
    'last-event-id',
    'accept',
    'x-forwarded-for',
    'origin',
    'range',
    'if-none-match',
    'x-http-method-override',
    'accept-encoding',
    'cookie',
  ),
  fc.oneof(
    headerText(40),
    fc.constantFrom(
      'text/event-stream',
      '*/*',
      'application/json;q=0',
      '../../etc',
      'null',
      '-1',
      '100-continue',
      'bytes=0-0,5-1',
      'DELETE',
      'http://evil.example',
    ),
  ),
  { maxKeys: 3 },
);

/** One request to a route of the target, or to a method or path it has no route for. */
export function fuzzRequest(world: FuzzWorld, target: FuzzTarget): fc.Arbitrary<FuzzRequest> {
  const routes = ROUTES[target];
  const routed = fc.constantFrom(...routes).chain((route) =>
    fc
      .oneof(
        { arbitrary: fc.constant(route.method), weight: 8 },
        { arbitrary: fc.constantFrom(...METHODS), weight: 1 },
      )
      .chain((method) =>
        // Another method may name another route (GET → DELETE /api/apps/:id): never with the real id.
        pathFor(world, method === route.method ? route : { ...route, acts: true })
          .chain(pathTricks)
          .map((path) => ({ route, method, path })),
      ),
  );
  return fc
    .record({
      routed,
      query,
      auth: credentialsFor(world, target),
      extra: oddHeaders,
      payload: fc.option(wireBody(fc.constant(null)), { freq: 3 }),
    })
    .chain(({ routed: { route, method, path }, query: search, auth, extra, payload }) => {
      // A route whose body decides is always sent one it must refuse; a method it lacks may send any.
      const body =
        route.body && method === route.method ? wireBody(spoiledBody(route)) : fc.constant(payload);
      return body.map((wire) => {
        const headers: Record<string, string> = { ...extra };
        if (auth) headers.authorization = auth;
        if (wire) {
          headers['content-type'] = wire.type;
          if ('encoding' in wire && typeof wire.encoding === 'string')
            headers['content-encoding'] = wire.encoding;
        }
        const sendsBody = wire && method !== 'GET' && method !== 'HEAD';
        return {
          target,
          method,
          path: `${path}${search}`,
          headers,
          ...(sendsBody ? { body: wire.body } : {}),
        } satisfies FuzzRequest;
      });
    });
}
