import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MAX_TARGET_DOCUMENT_BYTES, targetTableStreamId } from '@app/domain';
import { SqliteEventStore } from '@app/event-store';
import { runImportCommand } from '../../apps/cli/src/import/import-command.js';
import { seedDocumentPath } from '../../apps/api/src/demo/seed-document.js';
import { freshDataDir, removeDataDir } from '../support/running-api.js';

/** Runs `npm run import -- …args` in this process on the data dir, collecting what it prints. */
async function runImport(dataDir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCommand(args, { out: (line) => out.push(line), err: (line) => err.push(line) }, { DATA_DIR: dataDir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const seedText = readFileSync(seedDocumentPath(), 'utf8');
/** Bytes valid neither in UTF-8 nor in GB18030 (a GBK file is read: test/cli/import-gbk-file.test.ts). */
const neither = Buffer.from([0xe7, 0xbb, 0xff, 0xff, 0x0a]);

describe('npm run import of a file it cannot read as a document', () => {
  let dataDir: string;
  let documents: string;

  beforeEach(() => {
    dataDir = freshDataDir();
    documents = freshDataDir();
  });

  afterEach(() => {
    removeDataDir(dataDir);
    removeDataDir(documents);
  });

  it.each([
    ['neither UTF-8 nor GB18030', neither, '文件中有既不属于 UTF-8 也不属于 GB18030 的字节'],
    ['UTF-16 with its byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText.slice(0, 5000), 'utf16le')]), '文件以 UTF-16 的字节顺序标记开头'],
  ])('says that a %s file cannot be read, exits 1 and opens no store', async (_, bytes, found) => {
    const file = join(documents, 'targets.txt');
    writeFileSync(file, bytes);
    for (const args of [[file, '--dry-run'], [file, '--year', '2022']]) {
      const { code, err } = await runImport(dataDir, ...args);
      expect(code).toBe(1);
      expect(err).toBe(`没有导入任何内容：\n  文件 ${file} 既不是 UTF-8 也不是 GB18030（GBK）编码的文本（${found}）：请用文本编辑器把它另存为 UTF-8 编码后再导入。`);
    }
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses a file past the document limit by its size, before reading it', async () => {
    const file = join(documents, 'huge.txt');
    writeFileSync(file, seedText);
    // 20 MB as the file system reports it; a sparse file, so nothing that large is written.
    truncateSync(file, 20 * 1024 * 1024);
    const { code, err } = await runImport(dataDir, file, '--dry-run', '--json');
    expect(code).toBe(1);
    expect(err).toBe(
      `没有导入任何内容：\n  文件 ${file} 有 ${20 * 1024 * 1024} 字节，超过了 ${MAX_TARGET_DOCUMENT_BYTES} 字节（2 MB）的上限：一个单位全年的绩效目标文件远小于此。` +
        '请确认是不是选错了文件，或把文件拆成几份分别导入。',
    );
  });
});

describe('npm run import stopped part-way', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = freshDataDir();
  });

  afterEach(() => {
    removeDataDir(dataDir);
  });

  it('is completed by running it again: the missing tables are created, the stored ones unchanged, none twice', async () => {
    // The store fails once five tables are stored, as a full disk or a killed process would stop it.
    await SqliteEventStore.open(join(dataDir, 'events.sqlite')).close();
    const raw = new Database(join(dataDir, 'events.sqlite'));
    raw.exec(`CREATE TRIGGER stop_after_five BEFORE INSERT ON events
      WHEN NEW.stream_id LIKE 'target-table-%' AND (SELECT count(*) FROM events WHERE stream_id LIKE 'target-table-%') >= 5
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    raw.close();
    // Stopped by the store: the command fails (or reports the failure and exits non-zero), and only five tables are kept.
    const stopped = await runImport(dataDir, seedDocumentPath(), '--year', '2022', '--as', 'approved').catch((error: unknown) => ({ code: 1, out: '', err: String(error) }));
    expect(stopped.code).not.toBe(0);
    expect(`${stopped.out}\n${stopped.err}`).toContain('disk full');
    const partial = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    try {
      expect((await partial.readAll()).filter((event) => event.streamId.startsWith('target-table-'))).toHaveLength(5);
    } finally {
      await partial.close();
    }

    const dropped = new Database(join(dataDir, 'events.sqlite'));
    dropped.exec('DROP TRIGGER stop_after_five');
    dropped.close();
    const rerun = await runImport(dataDir, seedDocumentPath(), '--year', '2022', '--as', 'approved');
    expect(rerun.code).toBe(0);
    expect(rerun.out).toContain('新建 10 张，未变 5 张，跳过 0 张');

    const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    try {
      const tables = (await store.readAll()).filter((event) => event.streamId.startsWith('target-table-'));
      expect(tables).toHaveLength(15);
      expect(new Set(tables.map((event) => event.streamId)).size).toBe(15);
      expect(await store.readStream(targetTableStreamId(2022, '13052922P00584010316P'))).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
