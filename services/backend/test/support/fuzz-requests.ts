// Malformed requests for the fuzz test: a route of the target (or a method or path it lacks), its path
// spoiled, a query, credentials, odd headers and a body it must refuse; the parts live in fuzz/.
import fc from 'fast-check';
import { spoiledBody, wireBody } from './fuzz/bodies.js';
import { credentialsFor, oddHeaders } from './fuzz/headers.js';
import { pathFor, pathTricks, query } from './fuzz/paths.js';
import { METHODS, ROUTES, type FuzzRequest, type FuzzTarget, type FuzzWorld } from './fuzz/routes.js';

export { type FuzzRequest, type FuzzTarget, type FuzzWorld } from './fuzz/routes.js';

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
