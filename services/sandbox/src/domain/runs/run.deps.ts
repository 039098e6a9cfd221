import type { Logger } from '@isekai/service-kit';
import type { SandboxConfig } from '../../config.js';
import type { SandboxObserver } from '../apps/sandbox.observer.js';
import type { HostCapabilities } from '../launch/host.types.js';
import type { PortPool } from '../ports/port.pool.js';
import type { PidFiles } from '../recovery/pid-files.store.js';

/** What starting a run needs from the sandbox around it. */
export interface RunDeps {
  config: SandboxConfig;
  ports: PortPool;
  pidFiles: PidFiles;
  host: HostCapabilities;
  logger: Logger;
  /** Metrics; none in unit tests. */
  observer?: SandboxObserver;
}
