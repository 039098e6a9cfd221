// @ts-check
// A CSS gradient from two or three colours, an angle and a shape, previewed and ready to copy.
import { el } from '../dom.js';
import { copyButton, input, labelled, toolRoot } from './tool-fields.js';

/** @param {{ colors: string[], angle: number, shape: string }} g */
export function gradientCss(g) {
  return g.shape === 'radial'
    ? 'radial-gradient(circle, ' + g.colors.join(', ') + ')'
    : 'linear-gradient(' + g.angle + 'deg, ' + g.colors.join(', ') + ')';
}

/** @param {any} section */
export function render(section) {
  const given = Array.isArray(section.options?.colors) ? section.options.colors : [];
  const pick = (/** @type {number} */ i, /** @type {string} */ fallback) =>
    /^#[0-9a-f]{6}$/i.test(given[i] || '') ? given[i] : fallback;
  const from = input({ type: 'color', value: pick(0, '#ff7e5f') });
  const middle = input({ type: 'color', value: pick(1, '#feb47b') });
  const to = input({ type: 'color', value: pick(2, '#6a82fb') });
  const useMiddle = input({ type: 'checkbox', checked: given.length !== 2 });
  const angle = input({ type: 'range', min: 0, max: 360, step: 5, value: '90' });
  const angleValue = el('output', { text: '90°' });
  const shape = /** @type {HTMLSelectElement} */ (
    el('select', {}, [
      el('option', { value: 'linear', text: 'Linear' }),
      el('option', { value: 'radial', text: 'Radial' }),
    ])
  );
  const preview = el('div', { className: 'gradient-preview', role: 'img' });
  const code = el('code', { className: 'gradient-code' });
  const update = () => {
    const css = gradientCss({
      colors: useMiddle.checked ? [from.value, middle.value, to.value] : [from.value, to.value],
      angle: Number(angle.value),
      shape: shape.value,
    });
    preview.style.background = css;
    preview.setAttribute('aria-label', 'Preview of ' + css);
    angleValue.textContent = angle.value + '°';
    code.textContent = 'background: ' + css + ';';
    middle.disabled = !useMiddle.checked;
    angle.disabled = shape.value === 'radial';
  };
  for (const c of [from, middle, to, useMiddle, angle, shape]) c.addEventListener('input', update);
  const middleRow = labelled('Middle colour', middle);
  middleRow.wrap.prepend(useMiddle);
  middleRow.wrap.classList.add('with-check');
  useMiddle.setAttribute('aria-label', 'Use a middle colour');
  update();
  return toolRoot('gradient', [
    preview,
    el('div', { className: 'tool-row' }, [
      labelled('First colour', from).wrap,
      middleRow.wrap,
      labelled('Last colour', to).wrap,
    ]),
    el('div', { className: 'tool-row' }, [
      labelled('Shape', shape).wrap,
      el('div', { className: 'field' }, [labelled('Angle', angle).wrap, angleValue]),
    ]),
    el('div', { className: 'gradient-code-row' }, [
      code,
      copyButton(() => code.textContent || '', 'Copy CSS'),
    ]),
  ]);
}
