import { Readable } from 'node:stream';
import { Router } from 'express';
import { appIdParamSchema, logsQuerySchema, type AppEvent } from '@isekai/contracts';
import { AppError, notFound, openSse, validate, wantsEventStream } from '@isekai/service-kit';
import type { Domain } from '../domain/domain.js';
import { ownAppsOnly } from './api-key-auth.js';

const afterSchema = {
  after: {
    in: ['query' as const],
    optional: true,
    isInt: { options: { min: 0 }, errorMessage: 'after must be an event id (a whole number)' },
    toInt: true,
  },
};

export function streamsRoutes(domain: Domain): Router {
  const router = Router();
  router.param('id', ownAppsOnly(domain));
  const { store, activity, sandbox, queries } = domain;

  /** History as JSON, or as SSE: the history after Last-Event-ID, then live events until the client leaves. */
  router.get('/apps/:id/events', validate({ ...appIdParamSchema, ...afterSchema }), async (req, res) => {
    const id = req.params.id as string;
    if (!store.apps.appExists(id)) throw notFound('app', id);
    const lastSeen = Number(req.headers['last-event-id'] ?? req.query.after ?? 0) || 0;
    if (!wantsEventStream(req)) {
      res.json({ events: store.events.listEvents(id, lastSeen) });
      return;
    }
    const stream = openSse(req, res);
    let sent = lastSeen;
    const send = (event: AppEvent) => {
      if (event.id <= sent) return;
      sent = event.id;
      stream.send(event.type, event, event.id);
    };
    const unsubscribe = activity.subscribe(id, send);
    store.events.listEvents(id, lastSeen, 10_000).forEach(send);
    await stream.closed;
    unsubscribe();
  });

  /** The app's recent output as JSON, or followed live by relaying the sandbox's SSE stream. */
  router.get('/apps/:id/logs', validate({ ...appIdParamSchema, ...logsQuerySchema }), async (req, res) => {
    const app = queries.getApp(req.params.id as string);
    const follow = wantsEventStream(req) || req.query.follow === 'true' || req.query.follow === '1';
    if (!follow) {
      const logs = await sandbox.logs(app.id, Number(req.query.tail ?? 200));
      res.json(logs ?? { lines: [], dropped: 0 });
      return;
    }
    const abort = new AbortController();
    req.on('close', () => abort.abort());
    const upstream = await sandbox.followLogs(app.id, abort.signal);
    if (!upstream.body)
      throw new AppError({ code: 'sandbox-error', status: 502, message: 'The sandbox sent no log stream.' });
    res.status(200).setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache, no-transform');
    res.flushHeaders();
    Readable.fromWeb(upstream.body)
      .on('error', () => res.end())
      .pipe(res);
  });

  return router;
}
