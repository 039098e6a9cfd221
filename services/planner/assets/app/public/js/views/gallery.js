// @ts-check
// Gallery view: a tile per record from an image field; with no image, a drawn placeholder.
import { el } from '../dom.js';
import { isPictureUrl } from '../format.js';
import { badges, recordButtons, subtitle, titleLink } from '../record-parts.js';

/** @param {string} text */
function hue(text) {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) % 360;
  return h;
}

/** @param {Record<string, any>[]} records @param {import('../record-parts.js').ViewEnv} env @param {string} by */
export function renderGallery(records, env, by) {
  return el(
    'ul',
    { className: 'gallery-view' },
    records.map((record) => {
      const title = env.store.titleOf(env.collection, record);
      const src = isPictureUrl(record[by]) ? String(record[by]).trim() : '';
      const h = hue(title);
      const picture = src
        ? el('img', { src, alt: title, loading: 'lazy' })
        : el(
            'div',
            {
              className: 'placeholder',
              role: 'img',
              'aria-label': title,
              style:
                'background: linear-gradient(135deg, hsl(' +
                h +
                ' 60% 55%), hsl(' +
                ((h + 60) % 360) +
                ' 60% 40%))',
            },
            [el('span', { text: title.slice(0, 1).toUpperCase() })],
          );
      return el('li', { className: 'tile', 'data-id': record.id }, [
        picture,
        el('div', { className: 'tile-body' }, [
          titleLink(env, record),
          subtitle(env, record),
          badges(env, record),
          recordButtons(env, record),
        ]),
      ]);
    }),
  );
}
