import { SANDBOX_APP_STATUSES, type SandboxNoticeKind } from '@isekai/contracts';
import { createMetrics, Gauge, type ServiceMetrics } from '@isekai/service-kit';
import type { Sandbox } from './domain/apps/sandbox.service.js';
import type { SandboxObserver } from './domain/apps/sandbox.observer.js';

const REFUSALS = new Set<SandboxNoticeKind>(['permission-denied', 'module-refused']);

export interface SandboxMetrics {
  metrics: ServiceMetrics;
  observer: SandboxObserver;
  /** Per-app and per-status gauges, read from the sandbox at each scrape (no stale series of gone apps). */
  watch(sandbox: Sandbox): void;
}

export function createSandboxMetrics(): SandboxMetrics {
  const metrics = createMetrics('sandbox');
  const limitHits = metrics.counter(
    'isekai_sandbox_limit_hits_total',
    'Runs ended at a limit (memory, oom-kill, cpu, disk, time) and processes the pids limit refused',
    ['kind'],
  );
  const refusals = metrics.counter(
    'isekai_sandbox_refusals_total',
    "What an app's output shows the sandbox refused (permission-denied, module-refused)",
    ['kind'],
  );
  const starts = metrics.histogram(
    'isekai_sandbox_start_duration_seconds',
    'Deploys and starts by outcome (running, failed), and how long until the app listened or failed',
    ['what', 'outcome'],
    [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
  );
  const observer: SandboxObserver = {
    notice: (_appId, notice) => (REFUSALS.has(notice.kind) ? refusals : limitHits).inc({ kind: notice.kind }),
    started: (what, outcome, seconds) => starts.observe({ what, outcome }, seconds),
  };
  return {
    metrics,
    observer,
    watch(sandbox) {
      const registers = [metrics.registry];
      new Gauge({
        name: 'isekai_sandbox_apps',
        help: 'Apps the sandbox knows, by status',
        labelNames: ['status'],
        registers,
        collect() {
          const counts = new Map<string, number>(SANDBOX_APP_STATUSES.map((status) => [status, 0]));
          for (const app of sandbox.list().apps) counts.set(app.status, (counts.get(app.status) ?? 0) + 1);
          for (const [status, count] of counts) this.set({ status }, count);
        },
      });
      const live = () =>
        sandbox.liveApps().map((record) => ({ app: record.id, usage: record.run?.watch.usage }));
      new Gauge({
        name: 'isekai_app_memory_bytes',
        help: 'Memory of each running app, as the watchdog last sampled it',
        labelNames: ['app'],
        registers,
        collect() {
          this.reset();
          for (const { app, usage } of live()) this.set({ app }, (usage?.memoryMb ?? 0) * 1024 * 1024);
        },
      });
      new Gauge({
        name: 'isekai_app_cpu_percent',
        help: 'CPU of each running app in percent of one core, as the watchdog last sampled it',
        labelNames: ['app'],
        registers,
        collect() {
          this.reset();
          for (const { app, usage } of live()) this.set({ app }, usage?.cpuPercent ?? 0);
        },
      });
    },
  };
}
