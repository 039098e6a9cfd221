import type { AppSpecV1 } from '@isekai/contracts';
import type { BlueprintOutput } from '../shared/blueprint.types.js';
import { JSON_SCRIPT, MARKDOWN_SCRIPT, PASSWORD_SCRIPT } from './text-tools.client.js';

const SAMPLE_MARKDOWN =
  '# Hello\n\nWrite **Markdown** on the left and see the *preview* on the right.\n\n- lists\n- [links](https://example.com)\n- `code`\n';

export function renderMarkdownEditor(): BlueprintOutput {
  return {
    main: `<div class="split">
<section class="card" aria-labelledby="editor-title">
<h2 id="editor-title"><label for="editor">Markdown</label></h2>
<textarea id="editor" spellcheck="true">${SAMPLE_MARKDOWN}</textarea>
<div class="actions"><button type="button" id="download" class="secondary">Download .md</button><button type="button" id="clear" class="secondary">Clear</button><span id="saved" class="muted" aria-live="polite"></span></div>
</section>
<section class="card" aria-labelledby="preview-title">
<h2 id="preview-title">Preview</h2>
<div id="preview" class="preview"></div>
</section>
</div>`,
    script: MARKDOWN_SCRIPT,
    css: '.split { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); } #editor { min-height: 24rem; font-family: ui-monospace, monospace; } .preview { overflow-wrap: anywhere; } .preview pre { background: var(--bg); padding: .75rem; border-radius: 8px; overflow-x: auto; } .preview code { font-family: ui-monospace, monospace; } .preview blockquote { border-left: 4px solid var(--border); margin: 0; padding-left: 1rem; color: var(--muted); }',
  };
}

export function renderJsonFormatter(): BlueprintOutput {
  return {
    main: `<section class="card" aria-labelledby="input-title">
<h2 id="input-title"><label for="input">JSON input</label></h2>
<textarea id="input" spellcheck="false" placeholder='{"paste": "your JSON here"}'>{"name":"Isekai","tags":["json","format"],"valid":true}</textarea>
<div class="actions">
<button type="button" id="format">Format</button><button type="button" id="minify" class="secondary">Minify</button><button type="button" id="validate" class="secondary">Validate</button>
<label for="indent">Indent</label><select id="indent" style="max-width:8rem"><option value="2">2 spaces</option><option value="4">4 spaces</option><option value="tab">Tab</option></select>
<button type="button" id="copy" class="secondary">Copy result</button>
</div>
<p id="status" role="status" aria-live="polite"></p>
</section>
<section class="card" aria-labelledby="output-title">
<h2 id="output-title">Formatted JSON</h2>
<pre id="output" class="output" tabindex="0"></pre>
</section>`,
    script: JSON_SCRIPT,
    css: '#input { min-height: 14rem; font-family: ui-monospace, monospace; } .output { background: var(--bg); padding: .75rem; border-radius: 8px; overflow: auto; min-height: 4rem; white-space: pre; } .ok { color: var(--ok); font-weight: 600; }',
  };
}

export function renderPasswordGenerator(spec: AppSpecV1): BlueprintOutput {
  const length =
    typeof spec.options.length === 'number'
      ? Math.min(128, Math.max(4, Math.round(spec.options.length)))
      : 16;
  const check = (id: string, label: string) =>
    `<div class="field check"><input id="${id}" type="checkbox" checked><label for="${id}">${label}</label></div>`;
  return {
    main: `<section class="card" aria-labelledby="pw-title">
<h2 id="pw-title">Options</h2>
<div class="grid">
<div class="field"><label for="length">Length: <span id="length-value">${length}</span></label><input id="length" type="range" min="4" max="64" value="${Math.min(64, length)}"></div>
${check('upper', 'Uppercase letters (A-Z)')}
${check('lower', 'Lowercase letters (a-z)')}
${check('digits', 'Numbers (0-9)')}
${check('symbols', 'Symbols (!@#$%)')}
</div>
<div class="actions"><button type="button" id="generate">Generate</button><button type="button" id="copy" class="secondary">Copy</button></div>
</section>
<section class="card" aria-labelledby="result-title">
<h2 id="result-title">Password</h2>
<output id="password" class="password" aria-live="polite"></output>
<p class="muted">Strength: <strong id="strength">–</strong></p>
<p id="status" class="muted" role="status"></p>
</section>`,
    script: PASSWORD_SCRIPT,
    css: '.password { display: block; font-family: ui-monospace, monospace; font-size: 1.4rem; overflow-wrap: anywhere; background: var(--bg); padding: .75rem; border-radius: 8px; min-height: 3rem; }',
  };
}
