import { ConfigError, createLogger, handleProcessSignals } from '@isekai/service-kit';
import { loadConfig, type SandboxConfig } from './config.js';
import { startSandbox } from './server.js';

function readConfig(): SandboxConfig {
  try {
    return loadConfig();
  } catch (error) {
    // A bad configuration is the operator's to fix: print what is wrong, not a stack trace.
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const logger = createLogger('sandbox', config.logLevel);
const sandbox = await startSandbox(config, logger);
logger.info(`sandbox listening on ${sandbox.url}`);
handleProcessSignals(logger, () => sandbox.stop());
