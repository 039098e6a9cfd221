import type { Plan } from '@isekai/contracts';
import { accountOfProgress } from '../state/plan-account.js';
import type { Progress, StepState } from '../state/progress.js';
import { PlanReport } from './plan-report.js';

const ICON: Record<StepState, string> = { pending: '○', active: '◌', done: '✓', failed: '✕' };
const SPOKEN: Record<StepState, string> = {
  pending: 'waiting',
  active: 'in progress',
  done: 'done',
  failed: 'failed',
};

/**
 * The live story of a build or change: steps as they happen, then what the planner built and left out.
 * `plan` is the app's current plan, which has what the planned event may not carry.
 */
export function ProgressPanel({
  progress,
  plan = null,
  compact = false,
}: {
  progress: Progress;
  plan?: Plan | null;
  compact?: boolean;
}) {
  const account = compact ? null : accountOfProgress(progress, plan);
  // The plan step's detail is the summary while it plans; once the report below shows it, it is said there.
  return (
    <section
      className={`progress ${compact ? 'progress-compact' : ''}`}
      aria-label="Progress"
      aria-live="polite"
    >
      <ol className="steps">
        {progress.steps.map((step) => (
          <li
            key={step.key}
            className={`step step-${step.state}`}
            data-step={step.key}
            data-state={step.state}
          >
            <span className="step-icon" aria-hidden="true">
              {ICON[step.state]}
            </span>
            <span>
              {step.label} <span className="visually-hidden">({SPOKEN[step.state]})</span>
              {step.detail && !compact && step.detail !== account?.summary && (
                <span className="step-detail">{step.detail}</span>
              )}
            </span>
          </li>
        ))}
      </ol>
      {progress.error && progress.outcome === 'cancelled' && (
        <div className="notice" role="status">
          <strong>Cancelled</strong>
          <p>{progress.error}</p>
        </div>
      )}
      {progress.error && progress.outcome === 'rejected' && (
        <div className="notice" role="status">
          <strong>Nothing was changed</strong>
          <p>{progress.error}</p>
        </div>
      )}
      {progress.error && progress.outcome !== 'cancelled' && progress.outcome !== 'rejected' && (
        <div className="notice notice-error" role="alert">
          <strong>It did not work</strong>
          <p>{progress.error}</p>
        </div>
      )}
      {account && <PlanReport account={account} />}
      {!compact && progress.files.length > 0 && (
        <details className="written-files">
          <summary>{progress.files.length} files written</summary>
          <ul>
            {progress.files.map((f) => (
              <li key={f}>
                <code>{f}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
