import { useTheme, type ThemeChoice } from '../hooks/use-theme.js';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'dark', dark: 'light', light: 'system' };
const LABEL: Record<ThemeChoice, string> = {
  system: 'Theme: system',
  dark: 'Theme: dark',
  light: 'Theme: light',
};

export function ThemeToggle() {
  const [choice, setChoice] = useTheme();
  return (
    <button
      type="button"
      className="ghost"
      onClick={() => setChoice(NEXT[choice])}
      aria-label={`${LABEL[choice]}; switch to ${NEXT[choice]}`}
    >
      {choice === 'dark' ? '☾' : choice === 'light' ? '☀' : '◐'}{' '}
      <span className="hide-narrow">{LABEL[choice]}</span>
    </button>
  );
}
