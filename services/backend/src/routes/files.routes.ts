import { Router } from 'express';
import {
  appIdParamSchema,
  archiveQuerySchema,
  filesPatchSchema,
  versionParamSchema,
  waitQuerySchema,
  type FilesPatchRequest,
} from '@isekai/contracts';
import { queryFlag, validate } from '@isekai/service-kit';
import { writeArchive, type ArchiveFormat } from '../domain/archive.js';
import type { Domain } from '../domain/domain.js';
import { respondAccepted } from './respond.js';
import { ownAppsOnly } from './api-key-auth.js';

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'app'
  );
}

export function filesRoutes(domain: Domain): Router {
  const router = Router();
  router.param('id', ownAppsOnly(domain));
  const { queries, versions } = domain;

  router.get('/apps/:id/files', validate(appIdParamSchema), (req, res) => {
    res.json(versions.getFiles(req.params.id as string));
  });

  router.patch(
    '/apps/:id/files',
    validate({ ...appIdParamSchema, ...filesPatchSchema, ...waitQuerySchema }),
    async (req, res) => {
      const accepted = versions.editFiles(req.params.id as string, (req.body as FilesPatchRequest).files);
      await respondAccepted(res, accepted, queryFlag(req.query.wait), 200, queries);
    },
  );

  router.get('/apps/:id/versions', validate(appIdParamSchema), (req, res) => {
    res.json(versions.listVersions(req.params.id as string));
  });

  router.get('/apps/:id/versions/:n/files', validate(versionParamSchema), (req, res) => {
    res.json(versions.getVersionFiles(req.params.id as string, Number(req.params.n)));
  });

  router.post(
    '/apps/:id/versions/:n/restore',
    validate({ ...versionParamSchema, ...waitQuerySchema }),
    async (req, res) => {
      const accepted = versions.restoreVersion(req.params.id as string, Number(req.params.n));
      await respondAccepted(res, accepted, queryFlag(req.query.wait), 200, queries);
    },
  );

  router.get(
    '/apps/:id/archive',
    validate({ ...appIdParamSchema, ...archiveQuerySchema }),
    async (req, res) => {
      const download = versions.getDownload(req.params.id as string);
      const format = (req.query.format as ArchiveFormat | undefined) ?? 'zip';
      const folder = `${slug(download.name)}-v${download.version}`;
      res.setHeader('content-type', format === 'zip' ? 'application/zip' : 'application/gzip');
      res.setHeader('content-disposition', `attachment; filename="${folder}.${format}"`);
      await writeArchive(download.files, folder, format, res);
    },
  );

  return router;
}
