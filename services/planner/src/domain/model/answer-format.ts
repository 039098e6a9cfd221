import type { FileMap } from '@isekai/contracts';

export interface ParsedAnswer {
  title?: string;
  summary?: string;
  notes: string[];
  files: FileMap;
  /** Format problems a retry should fix; empty when the answer could be read. */
  problems: string[];
}

const MARKER = /^===\s*(PLAN|END|FILE:\s*(.+?))\s*===\s*$/;

/** Models often wrap a file in a code fence even when told not to; the fence is not part of the file. */
function unfence(content: string): string {
  const match = /^\s*```[\w-]*\n([\s\S]*?)\n```\s*$/.exec(content);
  return (match ? match[1]! : content.replace(/^\n+/, '')).replace(/\s+$/, '') + '\n';
}

function readPlan(text: string, parsed: ParsedAnswer): void {
  try {
    const plan = JSON.parse(unfence(text)) as { title?: unknown; summary?: unknown; notes?: unknown };
    if (typeof plan.title === 'string') parsed.title = plan.title.slice(0, 120);
    if (typeof plan.summary === 'string') parsed.summary = plan.summary.slice(0, 500);
    if (Array.isArray(plan.notes))
      parsed.notes = plan.notes.filter((n): n is string => typeof n === 'string').slice(0, 20);
  } catch {
    parsed.problems.push('the PLAN section is not valid JSON');
  }
}

/** Splits "=== FILE: path ===" sections into files; text outside sections is ignored. */
export function parseAnswer(answer: string): ParsedAnswer {
  const parsed: ParsedAnswer = { notes: [], files: {}, problems: [] };
  let section: { kind: 'plan' | 'file'; path?: string; lines: string[] } | null = null;
  const close = () => {
    if (!section) return;
    const text = section.lines.join('\n');
    if (section.kind === 'plan') readPlan(text, parsed);
    else if (section.path) {
      if (parsed.files[section.path] !== undefined) parsed.problems.push(`"${section.path}" is given twice`);
      parsed.files[section.path] = unfence(text);
    }
    section = null;
  };
  for (const line of answer.split(/\r?\n/)) {
    const marker = MARKER.exec(line.trim());
    if (!marker) {
      section?.lines.push(line);
      continue;
    }
    close();
    if (marker[1] === 'PLAN') section = { kind: 'plan', lines: [] };
    else if (marker[2]) section = { kind: 'file', path: marker[2].trim().replace(/^\.\//, ''), lines: [] };
  }
  close();
  if (Object.keys(parsed.files).length === 0) {
    parsed.problems.push(
      'no files found: give each file after a line "=== FILE: path ===" and end with "=== END ==="',
    );
  }
  return parsed;
}

/** Which file the model is writing now, from the text streamed so far. */
export function fileBeingWritten(streamed: string): string | undefined {
  const matches = [...streamed.matchAll(/^===\s*FILE:\s*(.+?)\s*===\s*$/gm)];
  return matches.at(-1)?.[1];
}
