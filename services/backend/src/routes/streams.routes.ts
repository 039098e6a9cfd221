import { Router } from 'express';
import {
  appIdParamSchema,
  eventsQuerySchema,
  logsQuerySchema,
  type EventListResponse,
  type EventsQuery,
  type IdParams,
  type LogsQuery,
} from '@isekai/contracts';
import { openSse, queryFlag, relaySse, validate, wantsEventStream } from '@isekai/service-kit';
import type { Domain } from '../domain/domain.js';
import { ownAppsOnly } from './api-key-auth.js';

export function streamsRoutes(domain: Domain): Router {
  const router = Router();
  router.param('id', ownAppsOnly(domain));
  const { events, logs } = domain;

  /** History as JSON, or as SSE: the history after Last-Event-ID, then live events until the client leaves. */
  router.get<IdParams, unknown, unknown, EventsQuery>(
    '/apps/:id/events',
    validate({ ...appIdParamSchema, ...eventsQuerySchema }),
    async (req, res) => {
      const id = req.params.id;
      const lastSeen = Number(req.headers['last-event-id'] ?? req.query.after ?? 0) || 0;
      if (!wantsEventStream(req)) {
        res.json({ events: events.list(id, lastSeen) } satisfies EventListResponse);
        return;
      }
      const feed = events.feed(id, lastSeen);
      const stream = openSse(req, res);
      const unfollow = feed.start((event) => stream.send(event.type, event, event.id));
      await stream.closed;
      unfollow();
    },
  );

  /** The app's recent output as JSON, or followed live by relaying the sandbox's event stream. */
  router.get<IdParams, unknown, unknown, LogsQuery>(
    '/apps/:id/logs',
    validate({ ...appIdParamSchema, ...logsQuerySchema }),
    async (req, res) => {
      const id = req.params.id;
      if (!wantsEventStream(req) && !queryFlag(req.query.follow)) {
        res.json(await logs.recent(id, Number(req.query.tail ?? 200)));
        return;
      }
      const abort = new AbortController();
      req.on('close', () => abort.abort());
      await relaySse(req, res, await logs.follow(id, abort.signal));
    },
  );

  return router;
}
