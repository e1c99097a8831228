import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ts from 'typescript';

const runCliSource = new URL('../../apps/cli/src/run-cli.ts', import.meta.url);
const lineCount = 20_000;
const line = '"绩效目标" '.repeat(8);

/** Bytes a spawned tool wrote into a pipe, and its exit code. */
function piped(script: string): Promise<{ bytes: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ bytes, code }));
  });
}

describe('a command-line tool piped into another program', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pt-cli-output-'));
    // The tools' shared runner, compiled on its own (it imports nothing), run the way every main runs it.
    const compiled = ts.transpileModule(readFileSync(runCliSource, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(dir, 'run-cli.mjs'), compiled);
    writeFileSync(
      join(dir, 'tool.mjs'),
      `import { runCli } from './run-cli.mjs';
       // A handle left open, as a store or pool may leave one: the runner must still end the process.
       setInterval(() => {}, 60_000);
       runCli(async () => {
         for (let i = 0; i < ${lineCount}; i += 1) console.log(${JSON.stringify(line)});
         return 3;
       });`,
    );
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes every byte of a large output before it exits, with the exit code of its main', async () => {
    const { bytes, code } = await piped(join(dir, 'tool.mjs'));
    expect(code).toBe(3);
    expect(bytes).toBe(lineCount * (Buffer.byteLength(line) + 1));
  });
});
