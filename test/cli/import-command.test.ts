import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { SqliteEventStore } from '@app/event-store';
import { targetTableStreamId } from '@app/domain';
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

describe('npm run import', () => {
  let dataDir: string;
  const seed = seedDocumentPath();

  beforeEach(() => {
    dataDir = freshDataDir();
  });

  afterEach(() => {
    removeDataDir(dataDir);
  });

  it('--dry-run --json prints the parsed document and opens no store', async () => {
    const { code, out } = await runImport(dataDir, seed, '--dry-run', '--json');
    expect(code).toBe(0);
    const document = JSON.parse(out) as { fiscalYear: number; overall: { goal: string }; projects: Array<{ seq: number; code: string }> };
    expect(document.fiscalYear).toBe(2022);
    expect(document.overall.goal).toContain('坚持以习近平新时代中国特色社会主义思想为指导');
    expect(document.projects.map((project) => project.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(document.projects[2]).toMatchObject({ code: '13052922P00584010316P', name: '就业工作经费', currencyUnit: '万元' });
    // Only the review assistant's finding (docs/review-assistant.md): 就业人数登记率 described as 失业人数.
    expect((document.projects[2] as unknown as { anomalies: string[] }).anomalies).toEqual([expect.stringMatching(/^审核提示.*失业/u)]);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('imports approved baselines as the CLI and the OS user, and a second run creates nothing', async () => {
    const first = await runImport(dataDir, seed, '--year', '2022', '--as', 'approved');
    expect(first.code).toBe(0);
    expect(first.out).toContain('新建 15 张，未变 0 张，跳过 0 张');
    expect(first.out).toMatch(/ {2}3 {2}13052922P00584010316P {2}CREATED {4}APPROVED {3}就业工作经费/);

    expect(first.out).toMatch(/部门整体绩效目标 323001 {2}CREATED {4}APPROVED {3}3 项分项目标、5 项保障措施/);

    const second = await runImport(dataDir, seed, '--year', '2022', '--as', 'approved', '--json');
    expect(second.code).toBe(0);
    const report = JSON.parse(second.out) as { tables: Array<{ outcome: string }>; departmentTargets: { outcome: string; position: string } };
    expect(report.tables.every((table) => table.outcome === 'UNCHANGED')).toBe(true);
    expect(report.departmentTargets).toMatchObject({ outcome: 'UNCHANGED', position: expect.stringMatching(/^\d+$/) });

    const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    try {
      const events = await store.readStream(targetTableStreamId(2022, '13052922P00584010316P'));
      expect(events.map((event) => event.type)).toEqual(['TargetTableBaselineImported']);
      expect(events[0]!.metadata).toMatchObject({
        actor: { userId: 'system:cli', roles: ['ADMIN'] },
        origin: { via: 'cli:import', osUser: userInfo().username },
        source: { name: '2022-julu-hrss-performance-targets.txt', lines: { from: 260, to: 352 } },
      });
    } finally {
      await store.close();
    }
  });

  it('stores nothing from a document with an unreadable table and exits 1, naming the table and line', async () => {
    const broken = join(dataDir, 'broken.txt');
    writeFileSync(broken, readFileSync(seed, 'utf8').replace('一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据', ''));
    const { code, err } = await runImport(dataDir, broken, '--year', '2022');
    expect(code).toBe(1);
    expect(err).toMatch(/^没有导入任何内容：\n {2}第 1 张表（.*）第 142 行：/);
    const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    try {
      expect(await store.headPosition()).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it.each([
    [['--bogus', 'x.txt'], '未知选项 --bogus。'],
    [['missing.txt'], '无法读取 missing.txt：没有这个文件。'],
    [['x.txt', '--year', '22'], '--year 须为年份，例如 2022，收到「22」。'],
    [['x.txt', '--as', 'final'], '--as 须为 draft 或 approved，收到「final」。'],
    [[], '请给出要导入的文档。'],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const { code, err } = await runImport(dataDir, ...args);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(message);
    expect(err).toContain('用法：npm run import -- <文件>');
  });
});
