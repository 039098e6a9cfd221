import { Router } from 'express';
import {
  appIdParamSchema,
  archiveQuerySchema,
  filesPatchSchema,
  versionParamSchema,
  waitQuerySchema,
  type ArchiveQuery,
  type FilesPatchRequest,
  type IdParams,
  type VersionParams,
  type WaitQuery,
} from '@isekai/contracts';
import { queryFlag, validate } from '@isekai/service-kit';
import { writeArchive } from '../domain/archive.js';
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

  router.get<IdParams>('/apps/:id/files', validate(appIdParamSchema), (req, res) => {
    res.json(versions.getFiles(req.params.id));
  });

  router.patch<IdParams, unknown, FilesPatchRequest, WaitQuery>(
    '/apps/:id/files',
    validate({ ...appIdParamSchema, ...filesPatchSchema, ...waitQuerySchema }),
    async (req, res) => {
      const accepted = versions.editFiles(req.params.id, req.body.files);
      await respondAccepted(res, accepted, queryFlag(req.query.wait), 200, queries);
    },
  );

  router.get<IdParams>('/apps/:id/versions', validate(appIdParamSchema), (req, res) => {
    res.json(versions.listVersions(req.params.id));
  });

  router.get<VersionParams>('/apps/:id/versions/:n/files', validate(versionParamSchema), (req, res) => {
    res.json(versions.getVersionFiles(req.params.id, Number(req.params.n)));
  });

  router.post<VersionParams, unknown, unknown, WaitQuery>(
    '/apps/:id/versions/:n/restore',
    validate({ ...versionParamSchema, ...waitQuerySchema }),
    async (req, res) => {
      const accepted = versions.restoreVersion(req.params.id, Number(req.params.n));
      await respondAccepted(res, accepted, queryFlag(req.query.wait), 200, queries);
    },
  );

  router.get<IdParams, unknown, unknown, ArchiveQuery>(
    '/apps/:id/archive',
    validate({ ...appIdParamSchema, ...archiveQuerySchema }),
    async (req, res) => {
      const download = versions.getDownload(req.params.id);
      const format = req.query.format ?? 'zip';
      const folder = `${slug(download.name)}-v${download.version}`;
      res.setHeader('content-type', format === 'zip' ? 'application/zip' : 'application/gzip');
      res.setHeader('content-disposition', `attachment; filename="${folder}.${format}"`);
      await writeArchive(download.files, folder, format, res);
    },
  );

  return router;
}
