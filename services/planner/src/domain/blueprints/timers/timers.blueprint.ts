import type { AppSpecV1 } from '@isekai/contracts';
import type { BlueprintOutput } from '../shared/blueprint.types.js';
import { escapeHtml } from '../shared/html.js';
import { COUNTDOWN_SCRIPT, POMODORO_SCRIPT, STOPWATCH_SCRIPT, TIMER_SCRIPT } from './timers.client.js';

function minutesOption(spec: AppSpecV1, key: string, fallback: number): number {
  const value = spec.options[key];
  return typeof value === 'number' && value > 0 && value <= 600 ? Math.round(value) : fallback;
}

function clock(minutes: number): string {
  return `${String(minutes).padStart(2, '0')}:00`;
}

export function renderPomodoro(spec: AppSpecV1): BlueprintOutput {
  const work = minutesOption(spec, 'workMinutes', 25);
  const rest = minutesOption(spec, 'breakMinutes', 5);
  return {
    main: `<section class="card center" aria-labelledby="phase">
<h2 id="phase">Work</h2>
<p class="muted">${work} minute work sessions, ${rest} minute breaks.</p>
<div id="time" class="big" role="timer" aria-live="polite">${clock(work)}</div>
<div class="actions"><button type="button" id="start">Start</button><button type="button" id="pause" class="secondary">Pause</button><button type="button" id="reset" class="secondary">Reset</button><button type="button" id="skip" class="secondary">Skip to break</button></div>
<p>Completed work sessions: <strong id="sessions">0</strong></p>
</section>`,
    script: POMODORO_SCRIPT,
    clientData: { workMinutes: work, breakMinutes: rest },
  };
}

export function renderStopwatch(): BlueprintOutput {
  return {
    main: `<section class="card center" aria-labelledby="sw-title">
<h2 id="sw-title">Stopwatch</h2>
<div id="time" class="big" role="timer">00:00.00</div>
<div class="actions"><button type="button" id="start">Start</button><button type="button" id="lap" class="secondary">Lap</button><button type="button" id="reset" class="secondary">Reset</button></div>
</section>
<section class="card" aria-labelledby="laps-title">
<h2 id="laps-title">Lap times</h2>
<ol id="laps"></ol>
<p id="no-laps" class="empty">No laps yet. Press Lap while the stopwatch runs.</p>
</section>`,
    script: STOPWATCH_SCRIPT,
  };
}

export function renderCountdown(spec: AppSpecV1): BlueprintOutput {
  const raw = (spec.options.target ?? {}) as { label?: unknown; month?: unknown; day?: unknown };
  const target = {
    label: typeof raw.label === 'string' ? raw.label : 'the big day',
    month: typeof raw.month === 'number' ? raw.month : 1,
    day: typeof raw.day === 'number' ? raw.day : 1,
  };
  const unit = (id: string, label: string) => `<div><dt>${label}</dt><dd id="${id}">0</dd></div>`;
  return {
    main: `<section class="card center" aria-labelledby="cd-title">
<h2 id="cd-title">Time left until ${escapeHtml(target.label)}</h2>
<dl class="stats big-stats" aria-live="polite">${unit('days', 'Days')}${unit('hours', 'Hours')}${unit('minutes', 'Minutes')}${unit('seconds', 'Seconds')}</dl>
<p id="target-text" class="muted"></p>
</section>
<section class="card" aria-labelledby="custom-title">
<h2 id="custom-title">Count down to another date</h2>
<form id="custom" class="actions"><label for="custom-date">Date</label><input id="custom-date" type="date" style="max-width:14rem"><button type="submit">Set date</button><button type="button" id="clear" class="secondary">Back to ${escapeHtml(target.label)}</button></form>
</section>`,
    script: COUNTDOWN_SCRIPT,
    clientData: target,
    css: '.big-stats dd { font-size: clamp(2rem, 8vw, 3.5rem); font-variant-numeric: tabular-nums; }',
  };
}

export function renderTimer(spec: AppSpecV1): BlueprintOutput {
  const minutes = minutesOption(spec, 'minutes', 5);
  return {
    main: `<section class="card center" aria-labelledby="t-title">
<h2 id="t-title">Timer</h2>
<div class="actions"><label for="minutes">Minutes</label><input id="minutes" type="number" min="1" max="600" value="${minutes}" style="max-width:7rem"></div>
<div id="time" class="big" role="timer" aria-live="polite">${clock(minutes)}</div>
<div class="actions"><button type="button" id="start">Start</button><button type="button" id="pause" class="secondary">Pause</button><button type="button" id="reset" class="secondary">Reset</button></div>
<p id="done" class="warn" hidden>Time is up!</p>
</section>`,
    script: TIMER_SCRIPT,
  };
}
