import type { Response } from 'express';
import { AppError } from '@isekai/service-kit';
import type { AppQueries } from '../domain/apps.queries.js';
import type { Accepted } from '../domain/accepted.js';

/**
 * Without `?wait=true`: 202 and the app as it is now, the work goes on. With it: the settled app
 * (`settledStatus`), or the failure's status and details with the app attached so the caller knows its
 * id (no app when the failure removed it, as a refused first prompt does).
 */
export async function respondAccepted(
  res: Response,
  accepted: Accepted,
  wait: boolean,
  settledStatus: number,
  queries: AppQueries,
): Promise<void> {
  if (!wait) {
    accepted.settled.catch(() => undefined); // failures are recorded on the app and in its events
    res.status(202).json(queries.present(accepted.app));
    return;
  }
  try {
    const app = await accepted.settled;
    res.status(settledStatus).json(queries.present(app));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const app = queries.findApp(accepted.app.id);
    const { details } = error;
    const kept = typeof details === 'object' && details !== null && !Array.isArray(details) ? details : {};
    throw new AppError({
      code: error.code,
      status: error.status,
      message: error.message,
      details: { ...kept, ...(app ? { app } : {}) },
      cause: error,
    });
  }
}
