import type { Logger } from '@isekai/service-kit';
import type { Store } from '../data/store.js';
import type { Activity } from './activity.js';
import type { CreateApp } from './generation/create-app.use-case.js';

/** Picks up what the previous run left half done: plans cut off are planned again, the rest is reconciled. */
export function createResumption({
  store,
  activity,
  create,
  logger,
}: {
  store: Store;
  activity: Activity;
  create: CreateApp;
  logger: Logger;
}) {
  return (): void => {
    for (const app of store.apps.listLiveApps()) {
      if (app.status === 'planning' && app.currentVersion === 0) {
        logger.info({ appId: app.id }, 'resuming planning cut off by a restart');
        create.resumePlanning(app).catch(() => undefined);
      } else if (app.status === 'planning') {
        activity.change(
          app.id,
          { status: 'deploying' },
          {
            type: 'change-interrupted',
            message: 'A change was cut off by a restart; the current version keeps running.',
          },
        );
      }
    }
  };
}
