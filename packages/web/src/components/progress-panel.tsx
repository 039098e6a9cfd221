import type { AppSpec } from '@isekai/contracts';
import type { Progress, StepState } from '../state/progress.js';

const ICON: Record<StepState, string> = { pending: '○', active: '◌', done: '✓', failed: '✕' };
const SPOKEN: Record<StepState, string> = {
  pending: 'waiting',
  active: 'in progress',
  done: 'done',
  failed: 'failed',
};

function SpecSummary({ spec }: { spec: AppSpec }) {
  return (
    <div className="spec">
      <h3>
        {spec.title} <span className="muted small">({spec.kind})</span>
      </h3>
      {spec.description && <p>{spec.description}</p>}
      {spec.entities.map((entity) => (
        <div key={entity.name} className="entity">
          <strong>{entity.plural}</strong>
          <ul className="fields">
            {entity.fields.map((f) => (
              <li key={f.name}>
                {f.label}{' '}
                <span className="muted small">
                  {f.type}
                  {f.required ? ', required' : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {spec.features.length > 0 && (
        <p>
          <strong>Features:</strong> {spec.features.join(', ')}
        </p>
      )}
    </div>
  );
}

/** The live story of a build or change: steps as they happen, then what the planner understood. */
export function ProgressPanel({ progress, compact = false }: { progress: Progress; compact?: boolean }) {
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
              {step.detail && !compact && <span className="step-detail">{step.detail}</span>}
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
      {progress.error && progress.outcome !== 'cancelled' && (
        <div className="notice notice-error" role="alert">
          <strong>It did not work</strong>
          <p>{progress.error}</p>
        </div>
      )}
      {!compact && progress.spec && <SpecSummary spec={progress.spec} />}
      {!compact && progress.notes.length > 0 && (
        <div className="notes">
          <strong>Notes from the planner</strong>
          <ul>
            {progress.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
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
