import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeTargetDocument } from './document-text.js';
import { parseTargetDocument } from './parse-target-document.js';

const seedText = readFileSync(join(process.cwd(), 'seeds', '2022-julu-hrss-performance-targets.txt'), 'utf8');

describe('document files as they arrive from Windows', () => {
  it('reads a GBK (GB18030) copy of the seed, with CRLF line ends, exactly as the UTF-8 one, and says so', () => {
    const fromWindows = iconv.encode(seedText.replace(/\n/gu, '\r\n'), 'gbk');
    const decoded = decodeTargetDocument(fromWindows, 'file');
    expect('encoding' in decoded && decoded.encoding).toBe('GB18030');
    const utf8 = decodeTargetDocument(Buffer.from(seedText, 'utf8'), 'file');
    expect('encoding' in utf8 && utf8.encoding).toBe('UTF-8');
    expect(parseTargetDocument((decoded as { text: string }).text)).toEqual(parseTargetDocument((utf8 as { text: string }).text));
  });

  it('drops a UTF-8 byte-order mark', () => {
    const decoded = decodeTargetDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('绩效目标', 'utf8')]), 'file');
    expect(decoded).toEqual({ text: '绩效目标', encoding: 'UTF-8' });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, and UTF-16, naming the code', () => {
    for (const bytes of [Buffer.from([0xe7, 0xbb, 0xff, 0xff, 0x0a]), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('绩效', 'utf16le')])]) {
      const decoded = decodeTargetDocument(bytes, 'file');
      expect('problem' in decoded && decoded.problem).toMatchObject({ field: 'file', code: 'NOT_UTF8', message: expect.stringMatching(/^既不是 UTF-8 也不是 GB18030（GBK）编码的文本/) });
    }
  });
});
