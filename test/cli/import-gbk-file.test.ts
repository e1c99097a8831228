import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runImportCommand } from '../../apps/cli/src/import/import-command.js';
import { seedDocumentPath } from '../../apps/api/src/demo/seed-document.js';
import { freshDataDir, removeDataDir } from '../support/running-api.js';

async function runImport(dataDir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCommand(args, { out: (line) => out.push(line), err: (line) => err.push(line) }, { DATA_DIR: dataDir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const seedText = readFileSync(seedDocumentPath(), 'utf8');

describe('npm run import of the seed document saved by a Chinese Windows editor (GBK, CRLF)', () => {
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

  it('imports exactly as the UTF-8 one, saying it was read as GB18030', async () => {
    const utf8File = join(documents, 'targets-utf8.txt');
    const gbkFile = join(documents, 'targets-gbk.txt');
    writeFileSync(utf8File, seedText);
    writeFileSync(gbkFile, iconv.encode(seedText.replace(/\n/gu, '\r\n'), 'gbk'));
    const utf8 = await runImport(dataDir, utf8File, '--dry-run', '--json');
    const gbk = await runImport(dataDir, gbkFile, '--dry-run', '--json');
    expect([utf8.code, utf8.err]).toEqual([0, '']);
    expect([gbk.code, gbk.err]).toEqual([0, `文件 ${gbkFile} 按 GB18030 编码读取。`]);
    expect(JSON.parse(gbk.out)).toEqual(JSON.parse(utf8.out));

    const imported = await runImport(dataDir, gbkFile, '--as', 'approved', '--json');
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.out) as { fiscalYear: number; tables: Array<{ outcome: string }> };
    expect(report.fiscalYear).toBe(2022);
    expect(report.tables.map((table) => table.outcome)).toEqual(Array(15).fill('CREATED'));
  });
});
