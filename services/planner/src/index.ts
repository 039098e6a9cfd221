import { ConfigError, createLogger, handleProcessSignals } from '@isekai/service-kit';
import { loadConfig } from './config.js';
import { startPlanner } from './server.js';

try {
  const config = loadConfig();
  const logger = createLogger('planner', config.logLevel);
  if (config.serviceTokenGenerated) {
    logger.warn(
      'ISEKAI_SERVICE_TOKEN is not set: generated one for this start; other services cannot call the planner',
    );
  }
  const planner = await startPlanner(config, logger);
  logger.info({ url: planner.url, engine: config.engine }, `planner listening on ${planner.url}`);
  handleProcessSignals(logger, () => planner.stop());
} catch (error) {
  // A bad configuration is the operator's to fix: print what is wrong, not a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
