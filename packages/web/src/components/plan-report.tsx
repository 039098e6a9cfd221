import type { PlanAccount } from '../state/plan-account.js';
import { SpecSummary } from './spec-summary.js';

function Items({ title, items, className }: { title: string; items: string[]; className: string }) {
  if (items.length === 0) return null;
  return (
    <section className={className} aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What a plan says of itself, in this order: the summary, what was built, what was left out (calm: it is
 * the planner being honest, not a failure), the notes, then the spec it understood.
 */
export function PlanReport({ account }: { account: PlanAccount }) {
  return (
    <div className="plan-report">
      {account.summary && <p className="plan-summary">{account.summary}</p>}
      <Items title="What was built" items={account.built} className="plan-built" />
      <Items title="Left out" items={account.leftOut} className="plan-left-out" />
      {account.notes.length > 0 && (
        <div className="notes">
          <strong>Notes from the planner</strong>
          <ul>
            {account.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {account.spec && <SpecSummary spec={account.spec} />}
    </div>
  );
}
