import fc from 'fast-check';
import type { FuzzWorld, Route } from './routes.js';
import { encoded, rawSegment } from './texts.js';

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
export const query = fc.oneof(
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
export function pathFor(world: FuzzWorld, route: Route) {
  return fc
    .tuple(idFor(world, route.acts === true), versionSegment, keySegment)
    .map(([id, n, key]) => route.path.replace(':id', id).replace(':n', n).replace(':key', key));
}
export const pathTricks = (path: string) =>
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
