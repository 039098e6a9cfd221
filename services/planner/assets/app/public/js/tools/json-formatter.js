// @ts-check
// A JSON formatter and validator: pretty-print with a chosen indent, minify, or just check, with the
// line and column of the first error.
import { el, statusArea } from '../dom.js';
import { copyButton, labelled, textArea, toolRoot } from './tool-fields.js';

const SAMPLE = '{"name":"Isekai","tags":["json","format"],"valid":true}';

/** The parsed value, or the parser's message with where it stopped. @param {string} text */
function parse(text) {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    if (!at) return { error: message };
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    return {
      error: message + ' (line ' + line + ', column ' + (before.length - before.lastIndexOf('\n')) + ')',
    };
  }
}

export function render() {
  const input = textArea({ rows: 10, placeholder: '{"paste": "your JSON here"}' });
  input.value = SAMPLE;
  const indent = /** @type {HTMLSelectElement} */ (
    el('select', {}, [
      el('option', { value: '2', text: '2 spaces' }),
      el('option', { value: '4', text: '4 spaces' }),
      el('option', { value: 'tab', text: 'Tab' }),
    ])
  );
  const output = el('pre', { className: 'json-output mono', tabindex: '0' });
  const status = statusArea();
  /** @param {'format' | 'minify' | 'validate'} mode */
  const run = (mode) => {
    if (!input.value.trim()) {
      status.say('Paste some JSON first.', true);
      output.textContent = '';
      return;
    }
    const result = parse(input.value);
    if ('error' in result) return status.say('Invalid JSON: ' + result.error, true);
    const space = indent.value === 'tab' ? '\t' : Number(indent.value);
    if (mode !== 'validate')
      output.textContent =
        mode === 'minify' ? JSON.stringify(result.value) : JSON.stringify(result.value, null, space);
    status.say('Valid JSON ✓');
  };
  const action = (
    /** @type {string} */ text,
    /** @type {'format' | 'minify' | 'validate'} */ mode,
    secondary = true,
  ) =>
    el('button', {
      type: 'button',
      className: secondary ? 'secondary' : undefined,
      text,
      onclick: () => run(mode),
    });
  run('format');
  return toolRoot('json-formatter', [
    labelled('JSON input', input).wrap,
    el('div', { className: 'actions' }, [
      action('Format', 'format', false),
      action('Minify', 'minify'),
      action('Validate', 'validate'),
      labelled('Indent', indent).wrap,
      copyButton(() => output.textContent ?? '', 'Copy result'),
    ]),
    status.node,
    el('h3', { text: 'Formatted JSON' }),
    output,
  ]);
}
