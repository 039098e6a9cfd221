import { ConfigError, createLogger, handleProcessSignals } from '@isekai/service-kit';
import { loadConfig } from './config.js';
import { startSandbox } from './server.js';

try {
  const config = loadConfig();
  const logger = createLogger('sandbox', config.logLevel);
  if (config.serviceTokenGenerated) {
    logger.warn(
      'ISEKAI_SERVICE_TOKEN is not set: generated one for this start; the backend cannot call this sandbox until both share a token',
    );
  }
  const sandbox = await startSandbox(config, logger);
  logger.info({ url: sandbox.url }, `sandbox listening on ${sandbox.url}`);
  handleProcessSignals(logger, () => sandbox.stop());
} catch (error) {
  // A bad configuration is the operator's to fix: print what is wrong, not a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
