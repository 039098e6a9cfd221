import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PidRecord {
  id: string;
  pid: number;
}

/** One `<id>.pid` per running app, so a sandbox started after a crash can find what the last one left. */
export class PidFiles {
  constructor(private readonly dir: string) {}

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  async write(id: string, pid: number): Promise<void> {
    await writeFile(join(this.dir, `${id}.pid`), `${pid}\n`, { mode: 0o600 });
  }

  async remove(id: string): Promise<void> {
    await rm(join(this.dir, `${id}.pid`), { force: true });
  }

  async list(): Promise<PidRecord[]> {
    const names = (await readdir(this.dir)).filter((name) => name.endsWith('.pid'));
    const records: PidRecord[] = [];
    for (const name of names) {
      const pid = Number((await readFile(join(this.dir, name), 'utf8')).trim());
      records.push({ id: name.slice(0, -'.pid'.length), pid: Number.isInteger(pid) && pid > 1 ? pid : 0 });
    }
    return records;
  }
}
