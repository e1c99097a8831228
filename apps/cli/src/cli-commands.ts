/**
 * The command-line tools behind one entry (bin/perf-targets.mjs, or `npm run -s <command>`):
 * each command's Chinese help for the office, and which module runs it. Help and usage
 * errors are answered here, before any command's code (NestJS, the stores) is loaded.
 */
export const cliCommands = {
  import: {
    files: [1, 1],
    summary: '导入绩效目标表文档（草稿或已批准的基线）',
    usage: 'perf-targets import <文件> [--year 2022] [--as draft|approved] [--section <股室>] [--valid-only] [--dry-run] [--json]',
    details: [
      '--year <年度>      预算年度，默认取文档所写年度',
      '--as draft|approved  导入为草稿（默认）或已批准的基线',
      '--section <股室>   本单位各表的所属股室',
      '--valid-only       只导入能读懂的表；否则只要有一张表读不懂就什么也不导入',
      '--dry-run          只解析并显示，不写入',
      '--json             以 JSON 输出到标准输出（金额为字符串）',
      '退出码：0 已导入，1 未能导入任何表，2 命令行有误。',
    ],
  },
  verify: {
    files: [0, 0],
    summary: '校验事件库的哈希链和最新锚点',
    usage: 'perf-targets verify',
    details: ['重新计算每个流的哈希并与最新锚点比对，打印报告。', '退出码：0 完好，1 发现篡改或缺失。'],
  },
  export: {
    files: [1, 1],
    summary: '把全部事件按日志顺序导出到一个新文件（NDJSON）',
    usage: 'perf-targets export <文件.ndjson>',
    details: ['文件不得已存在；每个事件一行 JSON，末尾一行写明事件数。'],
  },
  restore: {
    files: [1, 1],
    summary: '把导出文件恢复到一个空的事件库',
    usage: 'perf-targets restore <文件.ndjson>',
    details: ['只能恢复到空库（新的 DATA_DIR 或空的 EventStoreDB）；先整份检查，再写入。', '之后启动 API 或运行 perf-targets rebuild --all 以重建视图。'],
  },
  rebuild: {
    files: [1, Infinity],
    summary: '从第一个事件起重建视图',
    usage: 'perf-targets rebuild <视图> [<视图> …] | --all',
    details: ['请先停止 API，或对同一 DATA_DIR / READ_STORE_URL 运行。'],
  },
  bench: {
    files: [0, 0],
    summary: '运行基准测试，结果写入 bench/results/',
    usage: 'perf-targets bench',
    details: ['BENCH_SCALE=0.1 缩小规模；BENCH_ONLY=appends,growth,rebuild 只运行其中几项。'],
  },
} as const;

export type CliCommandName = keyof typeof cliCommands;

/** What the command line asks for: a text to print (help, or a usage error), or a command to run. */
export type CliRequest =
  | { kind: 'print'; text: string; exitCode: 0 | 2 }
  | { kind: 'run'; command: CliCommandName; args: string[] };

const helpFlags = new Set(['--help', '-h', 'help']);

export function readCliRequest(args: readonly string[]): CliRequest {
  const [name, ...rest] = args;
  if (name === undefined) return { kind: 'print', text: overview(), exitCode: 2 };
  if (helpFlags.has(name)) {
    const topic = rest[0];
    return topic !== undefined && isCommand(topic) ? { kind: 'print', text: commandHelp(topic), exitCode: 0 } : { kind: 'print', text: overview(), exitCode: 0 };
  }
  if (!isCommand(name)) return { kind: 'print', text: `未知命令：${name}\n\n${overview()}`, exitCode: 2 };
  if (rest.some((arg) => arg === '--help' || arg === '-h')) return { kind: 'print', text: commandHelp(name), exitCode: 0 };
  const [fewest, most] = cliCommands[name].files;
  const given = positionalCount(name, rest);
  if (given < fewest || given > most) {
    return { kind: 'print', text: `命令行有误：${name} 需要 ${fewest === most ? fewest : `至少 ${fewest}`} 个参数，给了 ${given} 个。\n\n${commandHelp(name)}`, exitCode: 2 };
  }
  return { kind: 'run', command: name, args: rest };
}

/** Options that take a value (`--year 2022`): the value is not a positional argument. */
const optionsWithValue = new Set(['--year', '--as', '--section']);

/** The positional arguments (files, views); `rebuild --all` counts as naming the views. */
function positionalCount(name: CliCommandName, args: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < args.length; i += 1) {
    if (optionsWithValue.has(args[i]!)) i += 1;
    else if (!args[i]!.startsWith('-') || (name === 'rebuild' && args[i] === '--all')) count += 1;
  }
  return count;
}

function isCommand(name: string): name is CliCommandName {
  return Object.hasOwn(cliCommands, name);
}

function overview(): string {
  const lines = Object.entries(cliCommands).map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`);
  return [
    '用法：perf-targets <命令> [参数]   （或 npm run -s <命令> -- [参数]）',
    '',
    '命令：',
    ...lines,
    '',
    '每个命令的说明：perf-targets <命令> --help',
    '存储按 API 的配置（DATA_DIR、EVENTSTORE_CONNECTION_STRING、READ_STORE_URL）。',
  ].join('\n');
}

function commandHelp(name: CliCommandName): string {
  const command = cliCommands[name];
  return [`${command.summary}`, '', `用法：${command.usage}`, '', ...command.details.map((line) => `  ${line}`)].join('\n');
}
