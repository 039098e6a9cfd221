// {"type": "relation", "parent": "member", "child": "loan", "via"?: "book"}: records that refer to each
// other are linked, and the parent's detail view lists the child that was added for it.
import { addRecord } from './add-record.mjs';
import { hasHeading, newMarker, openPageFor, settle, waitForText } from './locate.mjs';

export async function relationProbe(page, url, probe) {
  const parentMarker = newMarker('Par');
  const parent = await addRecord(page, url, probe.parent, { marker: parentMarker });
  if (!parent.ok) return parent;
  if (!parent.markerPlaced)
    return { ok: false, detail: `the ${probe.parent} form has no text field to name it` };
  const choices = { [probe.parent]: parentMarker };
  let viaMarker = null;
  if (probe.via) {
    viaMarker = newMarker('Via');
    const via = await addRecord(page, url, probe.via, { marker: viaMarker });
    if (!via.ok) return via;
    choices[probe.via] = viaMarker;
  }
  const childMarker = newMarker('Kid');
  const child = await addRecord(page, url, probe.child, { marker: childMarker, values: choices });
  if (!child.ok) return child;
  // A child with no text of its own (a loan) is recognised by what it names: the book on loan.
  const shown = child.markerPlaced ? childMarker : (viaMarker ?? child.madeFirst[0]);
  if (!shown) return { ok: false, detail: `the ${probe.child} has no text to recognise it by` };

  await openPageFor(page, url, probe.parent);
  const opener = page
    .locator('a:visible, button:visible, [role=link]:visible')
    .filter({ hasText: parentMarker });
  if ((await opener.count()) === 0)
    return { ok: false, detail: `the ${probe.parent}'s title is not a link or button that opens it` };
  await opener.first().click();
  await settle(page);
  const detail = await waitForText(page, (t) => t.includes(parentMarker) && t.includes(shown));
  if (!detail.ok)
    return {
      ok: false,
      detail: `the ${probe.parent}'s detail view does not list the ${probe.child} added for it`,
    };
  if (!(await hasHeading(page, probe.child)))
    return { ok: false, detail: `the ${probe.parent}'s detail view has no heading for its ${probe.child}s` };
  return {
    ok: true,
    detail: `a ${probe.child} chosen for a ${probe.parent} is listed in the ${probe.parent}'s detail`,
  };
}
