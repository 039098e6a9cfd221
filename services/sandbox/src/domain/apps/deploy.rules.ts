import type { SandboxDeployRequest } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import type { SandboxConfig } from '../../config.js';
import { assertSafePaths } from '../files/app-files.writer.js';

/** What the request schema cannot know: this sandbox's ceilings, and that the entry is one of the files. */
export function assertDeployable(request: SandboxDeployRequest, config: SandboxConfig): void {
  assertSafePaths(request.files);
  const { memoryMb, cpuPercent, timeoutMs } = request.limits;
  const over = [
    memoryMb > config.maxMemoryMb
      ? `memoryMb ${memoryMb} is above ${config.maxMemoryMb} (MAX_MEMORY_MB)`
      : null,
    cpuPercent > config.maxCpuPercent
      ? `cpuPercent ${cpuPercent} is above ${config.maxCpuPercent} (MAX_CPU_PERCENT)`
      : null,
    timeoutMs > config.executionTimeoutMs
      ? `timeoutMs ${timeoutMs} is above ${config.executionTimeoutMs} (EXECUTION_TIMEOUT_MS)`
      : null,
  ].filter((problem): problem is string => problem !== null);
  if (over.length > 0) {
    throw new AppError({
      code: 'limits-too-high',
      status: 400,
      message: `Limits above this sandbox's ceilings: ${over.join('; ')}.`,
    });
  }
  if (request.files[request.entry] === undefined) {
    throw new AppError({
      code: 'entry-missing',
      status: 400,
      message: `The entry "${request.entry}" is not among the files; send it or name another entry.`,
    });
  }
}
