import { describe, expect, it } from '@jest/globals';
import { cliCommands, readCliRequest } from '../../apps/cli/src/cli-commands.js';

/** One entry for every tool: help in Chinese, usage errors answered before any command is loaded. */
describe('the command-line entry', () => {
  it.each(Object.keys(cliCommands))('answers %s --help with its Chinese usage, exit code 0', (name) => {
    const request = readCliRequest([name, '--help']);
    expect(request).toMatchObject({ kind: 'print', exitCode: 0 });
    expect(request.kind === 'print' && request.text).toContain(`用法：perf-targets ${name}`);
  });

  it('lists the commands for --help and refuses an unknown one with exit code 2', () => {
    expect(readCliRequest(['--help'])).toMatchObject({ kind: 'print', exitCode: 0 });
    const unknown = readCliRequest(['frobnicate']);
    expect(unknown).toMatchObject({ kind: 'print', exitCode: 2 });
    expect(unknown.kind === 'print' && unknown.text).toContain('未知命令：frobnicate');
  });

  it('refuses a command line with the wrong number of files before loading the command', () => {
    const request = readCliRequest(['export']);
    expect(request).toMatchObject({ kind: 'print', exitCode: 2 });
    expect(request.kind === 'print' && request.text).toContain('命令行有误：export 需要 1 个参数，给了 0 个。');
    expect(readCliRequest(['rebuild'])).toMatchObject({ kind: 'print', exitCode: 2 });
  });

  it('passes a command line that can run on to its command, options and their values included', () => {
    expect(readCliRequest(['import', 'targets.txt', '--year', '2022', '--json'])).toEqual({
      kind: 'run',
      command: 'import',
      args: ['targets.txt', '--year', '2022', '--json'],
    });
    expect(readCliRequest(['rebuild', '--all'])).toEqual({ kind: 'run', command: 'rebuild', args: ['--all'] });
  });
});
