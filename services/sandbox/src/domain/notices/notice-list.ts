import type { SandboxNotice, SandboxNoticeKind } from '@isekai/contracts';

/** Notices kept per app: enough for the backend, which reads them every reconcile pass, to miss none. */
const KEPT = 20;
/** A stack trace repeats its error code on several lines: one notice per kind in this time is enough. */
const REPEAT_MS = 2000;

/** One app's latest notices, bounded, with repeats of the same kind close together folded into one. */
export class NoticeList {
  private readonly notices: SandboxNotice[] = [];
  private nextSeq = 1;
  private readonly lastAt = new Map<SandboxNoticeKind, number>();

  constructor(private readonly onNotice: (notice: SandboxNotice) => void = () => undefined) {}

  add(kind: SandboxNoticeKind, message: string, now = Date.now()): void {
    const last = this.lastAt.get(kind);
    if (last !== undefined && now - last < REPEAT_MS) return;
    this.lastAt.set(kind, now);
    const notice = { seq: this.nextSeq++, kind, message, at: new Date(now).toISOString() };
    this.notices.push(notice);
    if (this.notices.length > KEPT) this.notices.shift();
    this.onNotice(notice);
  }

  list(): SandboxNotice[] {
    return [...this.notices];
  }
}
