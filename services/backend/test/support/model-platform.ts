import {
  startFakeModelServer,
  type FakeModelServer,
} from '../../../planner/test/support/fake-model-server.js';
import type { PortRange } from '@isekai/test-kit';
import { startPlatform, type Platform } from './platform.js';

export interface ModelPlatform {
  fake: FakeModelServer;
  platform: Platform;
  stop(): Promise<void>;
}

/** The real platform with its planner pointed at a fake OpenAI-compatible model over loopback. */
export async function startModelPlatform(
  appPorts: PortRange,
  env: Record<string, string>,
): Promise<ModelPlatform> {
  const fake = await startFakeModelServer();
  const platform = await startPlatform({
    appPorts,
    env: { PLANNER_ENGINE: 'openai', LLM_BASE_URL: fake.openAiUrl, LLM_MODEL: 'fake-model', ...env },
  }).catch(async (error: unknown) => {
    await fake.stop();
    throw error;
  });
  return {
    fake,
    platform,
    async stop() {
      await platform.stop();
      await fake.stop();
    },
  };
}
