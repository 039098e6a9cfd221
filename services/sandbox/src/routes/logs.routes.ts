import { Router } from 'express';
import { appIdParamSchema, logsQuerySchema, type IdParams, type LogsQuery } from '@isekai/contracts';
import { openSse, queryFlag, validate, wantsEventStream } from '@isekai/service-kit';
import type { Sandbox } from '../domain/apps/sandbox.service.js';

export function logsRoutes(sandbox: Sandbox): Router {
  const router = Router();

  router.get<IdParams, unknown, unknown, LogsQuery>(
    '/v1/apps/:id/logs',
    validate({ ...appIdParamSchema, ...logsQuerySchema }),
    async (req, res) => {
      // Express 5 exposes a read-only query object, so the validated values are read, not the sanitised ones.
      const tail = req.query.tail === undefined ? undefined : Number(req.query.tail);
      const follow = queryFlag(req.query.follow) || wantsEventStream(req);
      const logs = sandbox.logs(req.params.id, tail);
      if (!follow) {
        res.json(logs);
        return;
      }
      const stream = openSse(req, res);
      for (const line of logs.lines) stream.send('log', line, line.seq);
      const unfollow = sandbox.follow(req.params.id, {
        onLine: (line) => stream.send('log', line, line.seq),
        onState: (state) => {
          if (state.status !== 'running' && state.status !== 'starting') stream.send('state', state);
        },
        onClose: () => stream.end(),
      });
      await stream.closed;
      unfollow();
    },
  );

  return router;
}
