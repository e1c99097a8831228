import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import {
  anchorAuditTrail,
  ExportLineError,
  ExportRefusedError,
  exportFileLines,
  exportToFile,
  ExpectedRevision,
  RestoreRefusedError,
  restoreIntoSqliteFile,
  signExportEnd,
  SqliteEventStore,
  verifyAuditTrail,
} from '@app/event-store';
import { eventsFor, newCommandId } from '../contract/contract-fixtures.js';

const anchorKey = Buffer.from('an anchor key of at least thirty-two bytes');
const otherKey = Buffer.from('another anchor key, thirty-two bytes or more');

/** The lines of a file; on the `failOnRead`-th reading, a failure after `failAfter` lines (a restore stopped part-way). */
function linesFailingOn(path: string, failOnRead: number, failAfter: number): () => AsyncIterable<string> {
  let reads = 0;
  return () => {
    reads += 1;
    const failing = reads === failOnRead;
    return (async function* () {
      let count = 0;
      for (const line of readFileSync(path, 'utf8').trimEnd().split('\n')) {
        if (failing && count === failAfter) throw new Error('restore interrupted');
        count += 1;
        yield line;
      }
    })();
  };
}

async function exportOf(file: string, to: string): Promise<string> {
  const store = SqliteEventStore.open(file);
  try {
    await exportToFile(store, to, { anchorKey });
    return readFileSync(to, 'utf8');
  } finally {
    await store.close();
  }
}

describe('export and restore of the embedded store', () => {
  let folder: string;
  let original: string;
  let exported: string;
  let lines: string[];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'backup-'));
    original = join(folder, 'original', 'events.sqlite');
    const store = SqliteEventStore.open(original);
    try {
      await store.append('target-table-A', eventsFor(newCommandId(), 2), ExpectedRevision.noStream);
      await store.append('directory', eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
      await store.append('target-table-A', eventsFor(newCommandId(), 3), ExpectedRevision.exact(1));
      const commandId = newCommandId();
      const [{ metadata }] = eventsFor(commandId, 1);
      await anchorAuditTrail(store, { anchorKey, metadata: metadata! });
      await store.append('directory', eventsFor(newCommandId(), 2), ExpectedRevision.exact(0));
    } finally {
      await store.close();
    }
    // Recorded long before the restore: a restore that stamps its own time cannot match it by chance.
    const raw = new Database(original);
    raw.prepare("UPDATE events SET recorded_at = strftime('2021-03-04T05:06:%S.', 'now') || printf('%03d', position) || 'Z'").run();
    raw.close();
    exported = join(folder, 'export.ndjson');
    lines = (await exportOf(original, exported)).trimEnd().split('\n');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes a new file readable by its owner only, and refuses an existing one in words', async () => {
    expect(statSync(exported).mode & 0o777).toBe(0o600);
    const store = SqliteEventStore.open(original);
    try {
      const refused = await exportToFile(store, exported, { anchorKey }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ExportRefusedError);
      expect((refused as Error).message).toBe(`导出文件 ${exported} 已经存在：导出从不覆盖已有文件，请给一个新的文件名。`);
    } finally {
      await store.close();
    }
    expect(readFileSync(exported, 'utf8').trimEnd().split('\n')).toEqual(lines);
  });

  it('restores with every recordedAt kept: exporting the restored store gives the same file byte for byte', async () => {
    const restored = join(folder, 'identical', 'events.sqlite');
    const end = await restoreIntoSqliteFile(restored, await exportFileLines(exported), { anchorKey });
    expect(end.eventCount).toBe(lines.length - 1);
    expect(await exportOf(restored, join(folder, 'again.ndjson'))).toBe(readFileSync(exported, 'utf8'));
  });

  it('leaves no store behind when a restore stops part-way, and a second run completes it', async () => {
    const target = join(folder, 'interrupted', 'events.sqlite');
    // The first reading checks the file; the second writes it, and stops after four events.
    await expect(restoreIntoSqliteFile(target, linesFailingOn(exported, 2, 4), { anchorKey })).rejects.toThrow('restore interrupted');
    expect(existsSync(target)).toBe(false);

    // A restore killed outright leaves its partial file behind, which the next run starts afresh.
    writeFileSync(`${target}.restoring`, 'left by a killed restore');
    await restoreIntoSqliteFile(target, await exportFileLines(exported), { anchorKey });
    const store = SqliteEventStore.open(target);
    try {
      expect(await verifyAuditTrail(store, { anchorKey })).toMatchObject({ intact: true, eventsChecked: lines.length - 1, latestAnchor: { verified: true } });
    } finally {
      await store.close();
    }
    expect(existsSync(`${target}.restoring`)).toBe(false);
    await expect(restoreIntoSqliteFile(target, await exportFileLines(exported), { anchorKey })).rejects.toThrow(RestoreRefusedError);
  });

  it.each([
    ['cut short after 5 events, the end line kept', (all: string[]) => [...all.slice(0, 5), all.at(-1)!], 6, /结束行记有 9 个事件，但文件中有 5 个/],
    [
      'cut short after 5 events, the end line rewritten to match without the key',
      (all: string[]) => {
        const { end } = JSON.parse(all.at(-1)!) as { end: { signature: string } };
        const position = (JSON.parse(all[4]!) as { position: string }).position;
        return [...all.slice(0, 5), JSON.stringify({ end: { ...end, eventCount: 5, headPosition: position } })];
      },
      6,
      /结束行的签名与配置的锚定密钥不符/,
    ],
    [
      'cut short, the end line signed with another key',
      (all: string[]) => [...all.slice(0, 5), JSON.stringify({ end: signExportEnd({ eventCount: 5, headPosition: '5', chainDigest: 'x' }, otherKey) })],
      6,
      /结束行的签名与配置的锚定密钥不符/,
    ],
    ['an end line without signature (an older export)', (all: string[]) => [...all.slice(0, -1), JSON.stringify({ end: { eventCount: 9, headPosition: '9' } })], 10, /没有签名的结束行/],
  ])('refuses an export %s, naming the line, and writes nothing', async (_, edit, lineNumber, message) => {
    const path = join(folder, `edited-${lineNumber}-${Math.random()}.ndjson`);
    writeFileSync(path, `${edit(lines).join('\n')}\n`);
    const target = join(folder, `refused-${Math.random()}`, 'events.sqlite');
    const error = await restoreIntoSqliteFile(target, await exportFileLines(path), { anchorKey }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportLineError);
    expect((error as ExportLineError).lineNumber).toBe(lineNumber);
    expect((error as Error).message).toMatch(message);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a signed export when no anchor key is configured, saying to bring it along', async () => {
    const error = await restoreIntoSqliteFile(join(folder, 'keyless', 'events.sqlite'), await exportFileLines(exported), { anchorKey: null }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/^第 \d+ 行：.*没有配置锚定密钥.*anchor-key/);
  });
});
