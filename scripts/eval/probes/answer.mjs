/* global document, Node -- page.evaluate callbacks run in the browser */
// {"type": "calc", "inputs": {"weight": "70", "height": "170"}, "expect": "24.2"} and
// {"type": "tool", "inputs": {"*": "hello"}, "press"?: "encode", "expect": "aGVsbG8="}: typed input
// gives the right answer. Calculators are read as numbers (within rounding), tools as exact text.
// "press" names the button to use when there are several (Encode and Decode).
import { visit } from '../browser.mjs';
import { showsExpected } from './expected.mjs';
import { fillFields } from './fill.mjs';
import { readAnswer, settle, waitForText } from './locate.mjs';

const ACTION =
  /^\s*(calculate|compute|convert|encode|decode|generate|count|format|go|run|test|compare|show|get|pick|split|roll|flip|make|create|apply|check|submit|=)/i;

/**
 * The button that acts on what was typed: the named one, or the first action button after the first
 * filled field (a page with two tools has two "Calculate"-like buttons). Null when there is none:
 * many calculators answer as you type.
 */
async function actionButton(page, press) {
  const buttons = page.getByRole('button', { name: press ? new RegExp(press, 'i') : ACTION });
  const count = await buttons.count();
  if (count === 0) return null;
  const after = await buttons.evaluateAll((list) => {
    const filled = document.querySelector('[data-eval-filled]');
    return filled
      ? list.findIndex((b) => filled.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)
      : 0;
  });
  return buttons.nth(after >= 0 ? after : 0);
}

async function answerProbe(page, url, probe, { exactCase }) {
  await visit(page, url);
  const filled = await fillFields(page.locator('body'), { values: probe.inputs ?? {}, fillRest: false });
  if (filled.unmatched.length)
    return { ok: false, detail: `no field labelled: ${filled.unmatched.join(', ')}` };
  // A tool that answers as you type needs no button, so a named one that is missing is not a failure.
  const button = (await actionButton(page, probe.press)) ?? (probe.press ? await actionButton(page) : null);
  if (button) await button.click();
  await settle(page);
  const answer = await waitForText(page, (t) => showsExpected(t, probe.expect, { exactCase }), readAnswer);
  return answer.ok
    ? { ok: true, detail: `answered ${probe.expect}` }
    : { ok: false, detail: `the answer ${probe.expect} is not shown` };
}

export const calcProbe = (page, url, probe) => answerProbe(page, url, probe, { exactCase: false });
export const toolAnswerProbe = (page, url, probe) => answerProbe(page, url, probe, { exactCase: true });
