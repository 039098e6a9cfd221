import fc from 'fast-check';
import type { FuzzTarget, FuzzWorld } from './routes.js';
import { headerText } from './texts.js';

export function credentialsFor(world: FuzzWorld, target: FuzzTarget) {
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

export const oddHeaders = fc.dictionary(
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
