import { HealthBanner } from './components/health-banner.js';
import { KeyBadge } from './components/key-badge.js';
import { KeyPrompt } from './components/key-prompt.js';
import { ThemeToggle } from './components/theme-toggle.js';
import { Workspace } from './components/workspace.js';
import { useSession } from './hooks/use-session.js';

export function App() {
  const { session, refresh, signedIn, signOut } = useSession();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <a href="#/" className="brand">
          Isekai
        </a>
        <span className="muted small hide-narrow">describe an app, watch it run</span>
        {session.state === 'open' && session.key && <KeyBadge apiKey={session.key} onSignOut={signOut} />}
        <ThemeToggle />
      </header>
      <HealthBanner />
      {session.state === 'checking' && <main id="main" tabIndex={-1} aria-busy="true" />}
      {session.state === 'key-needed' && <KeyPrompt refusal={session.refusal} onSignedIn={signedIn} />}
      {/* A new key is a new workspace: nothing of the last key's apps stays on screen. */}
      {session.state === 'open' && <Workspace key={session.key?.id ?? 'no-key'} onAppsChanged={refresh} />}
    </div>
  );
}
