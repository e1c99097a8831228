import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseTargetDocument } from './parse-target-document.js';

const sample = readFileSync(new URL('../../../../seeds/2022-julu-hrss-performance-targets.txt', import.meta.url), 'utf8');

describe('a document holding its tables twice', () => {
  const once = parseTargetDocument(sample).document.projects;
  // Part two (the tables, from table 1's title) printed again after the whole document.
  const tablesFrom = once[0]!.lines.from;
  const sampleLines = sample.split('\n');
  const { document, failures } = parseTargetDocument([...sampleLines, ...sampleLines.slice(tablesFrom - 1)].join('\n'));
  const lineCount = sampleLines.length - (tablesFrom - 1);

  it('reports every repeated table once, naming its lines and those of the first', () => {
    expect(failures).toEqual([]);
    expect(document.projects).toHaveLength(30);
    const firsts = document.projects.slice(0, 15);
    const repeats = document.projects.slice(15);
    expect(firsts.map((table) => table.anomalies)).toEqual(once.map((table) => table.anomalies));
    for (const [i, repeat] of repeats.entries()) {
      const first = once[i]!;
      expect(repeat.lines).toEqual({ from: first.lines.from + lineCount, to: first.lines.to + lineCount });
      expect(repeat.anomalies.filter((anomaly) => anomaly.startsWith('重复的表'))).toEqual([
        `重复的表：第 ${repeat.lines.from}–${repeat.lines.to} 行的表 ${repeat.seq} 与第 ${first.lines.from}–${first.lines.to} 行的表 ${first.seq} ` +
          `是同一个项目（项目编码 ${first.code}）。一个项目在文件中只应有一张表：后面这张不会覆盖前面那张，请删去多余的一张。`,
      ]);
    }
  });
});
