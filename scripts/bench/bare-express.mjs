// The baselines for section 4, each on a free loopback port (printed on stdout once it listens):
// - `bare`: Express with nothing else. `GET /` answers a hello-world; `GET /same-body` answers the JSON in
//   the file given as the second argument (serialized on every request, as the API does), to tell the
//   payload's own cost from Isekai's work.
// - `kit`: the same hello-world behind the backend's own middleware (request id and log line, JSON body
//   parser, CORS, helmet headers), `GET /validated/:id` adding the express-validator check of an app id,
//   and `GET /validated-list` answering the list body after the list's own query check: a ladder that
//   shows what each layer costs before any stored app is read.
import { readFileSync } from 'node:fs';
import express from 'express';
import { appIdParamSchema, appListQuerySchema } from '@isekai/contracts';
import { apiHeaders, corsPolicy, createBaseApp, createLogger, validate } from '@isekai/service-kit';

const [mode = 'bare', bodyFile] = process.argv.slice(2);
const sameBody = bodyFile ? JSON.parse(readFileSync(bodyFile, 'utf8')) : null;
const hello = (_req, res) => {
  res.json({ hello: 'world' });
};
const answerSameBody = (_req, res) => {
  res.json(sameBody);
};

let app;
if (mode === 'kit') {
  app = createBaseApp({ logger: createLogger('bench', 'error'), jsonLimit: '10mb' });
  app.use(corsPolicy({ production: false, allowedOrigins: [] }), apiHeaders());
  app.get('/', hello);
  app.get('/validated/:id', validate(appIdParamSchema), hello);
  app.get('/validated-list', validate(appListQuerySchema), answerSameBody);
} else {
  app = express();
  app.get('/', hello);
  app.get('/same-body', answerSameBody);
}
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
