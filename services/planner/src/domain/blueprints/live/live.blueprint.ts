import type { AppSpecV1, FieldSpec } from '@isekai/contracts';
import type { BlueprintOutput } from '../shared/blueprint.types.js';
import { escapeHtml, slugOf } from '../shared/html.js';
import { CHAT_SCRIPT, POLL_SCRIPT } from './live.client.js';

const CHAT_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Name', type: 'text', required: true },
  { name: 'message', label: 'Message', type: 'longtext', required: true },
];
const POLL_FIELDS: FieldSpec[] = [
  { name: 'option', label: 'Option', type: 'text', required: true },
  { name: 'votes', label: 'Votes', type: 'number', min: 0 },
];

/** New messages arrive by polling every 2 s: simple, and it survives proxies that cut long streams. */
export function renderChat(spec: AppSpecV1): BlueprintOutput {
  const slug = slugOf(spec.entities[0]?.plural ?? 'messages');
  return {
    main: `<section class="card" aria-labelledby="room-title">
<h2 id="room-title">Messages</h2>
<ol id="messages" class="plain messages" aria-live="polite"></ol>
<p id="empty" class="empty">No messages yet. Say hello!</p>
</section>
<section class="card" aria-labelledby="send-title">
<h2 id="send-title">Send a message</h2>
<form id="send-form" class="grid">
<div class="field"><label for="name">Your name</label><input id="name" required maxlength="60" autocomplete="nickname"></div>
<div class="field wide"><label for="message">Message</label><textarea id="message" required maxlength="2000"></textarea></div>
<div class="actions"><button type="submit">Send</button></div>
</form>
<p id="error" class="error" role="alert" hidden></p>
</section>`,
    script: CHAT_SCRIPT,
    collections: [{ slug, fields: CHAT_FIELDS }],
    clientData: { slug },
    css: '.messages { max-height: 55vh; overflow-y: auto; } .messages li { background: var(--bg); border-radius: 10px; padding: .5rem .75rem; } .messages li.mine { border-left: 4px solid var(--accent); } .messages p { margin: .25rem 0 0; white-space: pre-wrap; }',
  };
}

export function renderPoll(spec: AppSpecV1): BlueprintOutput {
  const slug = slugOf(spec.entities[0]?.plural ?? 'options');
  const seed = Array.isArray(spec.options.seed)
    ? (spec.options.seed as unknown[]).filter((s): s is string => typeof s === 'string')
    : [];
  const question =
    typeof spec.options.question === 'string' ? spec.options.question : 'Which option do you like best?';
  return {
    main: `<section class="card" aria-labelledby="question">
<h2 id="question">${escapeHtml(question)}</h2>
<p class="muted">Vote for an option; you can vote once from this browser.</p>
<ul id="options" class="plain"></ul>
<p id="voted" class="muted" aria-live="polite"></p>
</section>
<section class="card" aria-labelledby="results-title">
<h2 id="results-title">Results</h2>
<div id="chart" class="bars" role="img" aria-label="Votes per option as a bar chart"></div>
<p>Total votes: <strong id="total">0</strong></p>
</section>
<section class="card" aria-labelledby="add-title">
<h2 id="add-title">Add an option</h2>
<form id="add-form" class="actions"><label for="new-option">Option</label><input id="new-option" required maxlength="100" style="max-width:20rem"><button type="submit" class="secondary">Add option</button></form>
<p id="error" class="error" role="alert" hidden></p>
</section>`,
    script: POLL_SCRIPT,
    collections: [{ slug, fields: POLL_FIELDS, seed: seed.map((option) => ({ option, votes: 0 })) }],
    clientData: { slug },
    css: '#options li { display: flex; justify-content: space-between; align-items: center; gap: .5rem; background: var(--bg); border-radius: 8px; padding: .5rem .75rem; }',
  };
}
