import { createLogger, listen, type Logger } from '@isekai/service-kit';
import { createApp } from './app.js';
import type { PlannerConfig } from './config.js';

export interface RunningPlanner {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts the planner on config.port (0 picks a free one, as tests do). */
export async function startPlanner(config: PlannerConfig, logger?: Logger): Promise<RunningPlanner> {
  const log = logger ?? createLogger('planner', config.logLevel);
  const running = await listen(createApp({ config, logger: log }), config.port, config.host);
  return { url: running.url, port: running.port, stop: () => running.stop() };
}
