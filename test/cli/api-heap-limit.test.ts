import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { apiNodeFlags } from '../../apps/cli/src/bench/http/server-process.js';

/** The heap limit the API runs with, as `npm start`, the image and the bench start it (README, API_HEAP_MB). */
describe("the API's heap limit", () => {
  const startScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
  const imageCommand = readFileSync('Dockerfile', 'utf8').split('\n').find((line) => line.startsWith('CMD '))!;

  /** The heap limit in MB that Node gets from the shell command, for the API_HEAP_MB given. */
  const limitUnder = (command: string, apiHeapMb: string | undefined): number => {
    const probe = command.replace(/dist\/apps\/api\/apps\/api\/src\/main\.js.*$/, `-p "require('v8').getHeapStatistics().heap_size_limit"`);
    const env = { PATH: process.env.PATH, ...(apiHeapMb === undefined ? {} : { API_HEAP_MB: apiHeapMb }) };
    return Math.round(Number(execFileSync('sh', ['-c', probe], { env, encoding: 'utf8' })) / 2 ** 20);
  };

  it('is 1024 MB unless API_HEAP_MB says otherwise, for npm start and for the image alike', () => {
    const imageShell = (JSON.parse(imageCommand.slice('CMD '.length)) as string[])[2]!.replace(/^exec /, '');
    for (const command of [startScript, imageShell]) {
      // V8 adds its young generation's room to the limit asked for.
      expect(limitUnder(command, undefined)).toBeGreaterThanOrEqual(1024);
      expect(limitUnder(command, undefined)).toBeLessThan(1200);
      expect(limitUnder(command, '1536')).toBeGreaterThanOrEqual(1536);
      expect(limitUnder(command, '1536')).toBeLessThan(1700);
    }
  });

  it('is the one the bench starts the API with', () => {
    expect(apiNodeFlags({})).toEqual(['--max-old-space-size=1024']);
    expect(apiNodeFlags({ API_HEAP_MB: '1536' })).toEqual(['--max-old-space-size=1536']);
    expect(startScript).toContain('--max-old-space-size=${API_HEAP_MB:-1024} ');
  });
});
