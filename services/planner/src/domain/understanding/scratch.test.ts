import { it } from 'vitest';
import { readPromptSet } from '../../../../../scripts/eval/prompt-sets.mjs';
import { hasWord } from '../../../../../scripts/eval/words.mjs';
import { planOffline } from '../offline/offline.engine.js';
const only = (process.env.IDS ?? '').split(',').filter(Boolean);
it('scratch', async () => {
  for (const item of readPromptSet('dev').filter((p) =>
    only.length === 0 ? true : only.some((o) => String(p.id).startsWith(o)),
  )) {
    try {
      const r = await planOffline({ prompt: item.prompt });
      const home = r.files['public/index.html'] ?? '';
      const text = home.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ');
      const missing = (item.expect ?? []).filter((w: string) => !hasWord(text, w));
      console.log(
        `\n## ${item.id} ${item.reject ? '[REJECT expected]' : ''} missing-on-home=${JSON.stringify(missing)}\n  ${item.prompt.slice(0, 200)}\n  -> "${r.plan.spec.title}" ${r.plan.spec.kind} domains=${r.plan.spec.domains?.join(',')}\n  ${(r.plan.built ?? []).join('\n  ')}\n  leftOut: ${(r.plan.leftOut ?? []).join(' | ')}`,
      );
    } catch (e) {
      console.log(
        `\n## ${item.id} ${item.reject ? '[REJECT expected]' : ''} ERROR ${(e as Error).message.slice(0, 120)}\n  ${item.prompt.slice(0, 200)}`,
      );
    }
  }
}, 120000);
