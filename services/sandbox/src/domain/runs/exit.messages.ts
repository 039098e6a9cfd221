import type { AppLimits } from '@isekai/contracts';
import type { ProcessEnd } from '../launch/app.process.js';

function describeEnd(end: ProcessEnd): string {
  if (end.signal) return `was ended by signal ${end.signal}`;
  return `exited with code ${end.code ?? 'unknown'}`;
}

function quoteStderr(lines: string[]): string {
  return lines.length > 0 ? ` Last lines of stderr:\n${lines.join('\n')}` : ' It printed nothing on stderr.';
}

export const exitMessages = {
  exitedBeforeListening: (end: ProcessEnd, port: number, stderr: string[]) =>
    `The app ${describeEnd(end)} before it listened on port ${port}; fix the error and deploy again.${quoteStderr(stderr)}`,
  exited: (end: ProcessEnd, stderr: string[]) =>
    `The app ${describeEnd(end)} by itself.${end.code === 0 ? '' : quoteStderr(stderr)}`,
  startTimeout: (port: number, timeoutMs: number, stderr: string[]) =>
    `The app did not listen on port ${port} within ${timeoutMs} ms and was stopped; it must call server.listen(process.env.PORT).${quoteStderr(stderr)}`,
  spawnFailed: (error: string) => `The app could not be started: ${error}.`,
  stopped: () => 'Stopped on request.',
  memoryLimit: (limits: AppLimits, usedMb: number) =>
    `killed: memory limit ${limits.memoryMb} MB exceeded (${usedMb} MB); use less memory or ask for a higher limit.`,
  cpuLimit: (limits: AppLimits, cpuPercent: number, graceMs: number) =>
    `killed: CPU above ${limits.cpuPercent}% for more than ${graceMs} ms (${cpuPercent}%); avoid busy loops.`,
  diskLimit: (capMb: number) =>
    `killed: the app directory grew past the disk cap of ${capMb} MB; keep less data or delete old files.`,
  timeout: (limits: AppLimits) =>
    `expired: the time limit of ${Math.round(limits.timeoutMs / 1000)} s was reached; start the app again to run it for another period.`,
};
