import { ConfigError, createLogger, handleProcessSignals } from '@isekai/service-kit';
import { loadConfig } from './config.js';
import { startBackend } from './server.js';

try {
  const config = loadConfig();
  const logger = createLogger('backend', config.logLevel);
  if (config.serviceTokenGenerated) {
    logger.warn(
      'ISEKAI_SERVICE_TOKEN is not set: generated one for this run, so planner and sandbox started separately will refuse this backend',
    );
  }
  if (config.unauthenticatedBeyondLoopback) {
    logger.warn(
      { host: config.host },
      'the public API listens beyond loopback without authentication (ALLOW_UNAUTHENTICATED_API=true): anyone who reaches it can create and run apps',
    );
  }
  const backend = await startBackend(config, logger);
  logger.info({ url: backend.url, database: config.databasePath }, `backend listening on ${backend.url}`);
  handleProcessSignals(logger, () => backend.stop());
} catch (error) {
  // A bad configuration is the operator's to fix: print what is wrong, not a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
