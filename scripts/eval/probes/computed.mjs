// {"type": "computed", "collection": "order line", "inputs": {"quantity": "3", "price": "2.50"},
// "expect": "7.50"}: a value the app works out from a saved record shows with that record.
import { addRecord } from './add-record.mjs';
import { countExpected, showsExpected } from './expected.mjs';
import { containerText, newMarker, settle, waitForText } from './locate.mjs';

const pageText = (page) => page.locator('body').innerText();

export async function computedProbe(page, url, probe) {
  const marker = newMarker();
  const added = await addRecord(page, url, probe.collection, {
    marker,
    values: probe.inputs ?? {},
    beforeSave: async (p) => countExpected(await pageText(p), probe.expect),
  });
  if (!added.ok) return added;
  if (!added.markerPlaced) {
    // A record with no text of its own (a loan) is found by the answer appearing once more than before.
    const more = await waitForText(page, (t) => countExpected(t, probe.expect) > added.before, pageText);
    return more.ok
      ? { ok: true, detail: `saving a ${probe.collection} added ${probe.expect} to the page` }
      : { ok: false, detail: `saving a ${probe.collection} did not show ${probe.expect}` };
  }
  // The record's own row or card first; a list that shows only titles leaves the answer to the detail view.
  const row = await waitForText(
    page,
    (t) => t !== null && showsExpected(t, probe.expect),
    (p) => containerText(p, marker),
  );
  if (row.ok) return { ok: true, detail: `the saved ${probe.collection} shows ${probe.expect}` };
  const opener = page.locator('a:visible, button:visible, [role=link]:visible').filter({ hasText: marker });
  if ((await opener.count()) > 0) {
    await opener.first().click();
    await settle(page);
    const detail = await waitForText(page, (t) => t.includes(marker) && showsExpected(t, probe.expect));
    if (detail.ok) return { ok: true, detail: `the ${probe.collection}'s detail shows ${probe.expect}` };
  }
  const seen = (row.text ?? 'not found').replace(/\s+/g, ' ').slice(0, 120);
  return {
    ok: false,
    detail: `the saved ${probe.collection} does not show ${probe.expect} (its row: ${seen})`,
  };
}
