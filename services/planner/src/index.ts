import { ConfigError, createLogger, handleProcessSignals } from '@isekai/service-kit';
import { readConfig, type PlannerConfig } from './config.js';
import { startPlanner } from './server.js';

function loadConfig(): PlannerConfig {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = loadConfig();
const logger = createLogger('planner', config.logLevel);
if (config.tokenGenerated) {
  logger.warn(
    'ISEKAI_SERVICE_TOKEN is not set: generated one for this start; other services cannot call the planner',
  );
}
const planner = await startPlanner(config, logger);
logger.info({ url: planner.url, engine: config.engine }, `planner listening on ${planner.url}`);
handleProcessSignals(logger, () => planner.stop());
