import { messages } from '@app/domain/messages/messages.js';

/**
 * The command-line tools behind one entry (bin/perf-targets.mjs, or `npm run -s <command>`):
 * each command's Chinese help for the office, and which module runs it. Help and usage
 * errors are answered here, before any command's code (NestJS, the stores) is loaded.
 */
const words = messages.cli;

export const cliCommands = {
  import: { files: [1, 1], ...words.commands.import },
  verify: { files: [0, 0], ...words.commands.verify },
  export: { files: [1, 1], ...words.commands.export },
  restore: { files: [1, 1], ...words.commands.restore },
  rebuild: { files: [1, Infinity], ...words.commands.rebuild },
  bench: { files: [0, 0], ...words.commands.bench },
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
  if (!isCommand(name)) return { kind: 'print', text: `${words.unknownCommand(name)}\n\n${overview()}`, exitCode: 2 };
  if (rest.some((arg) => arg === '--help' || arg === '-h')) return { kind: 'print', text: commandHelp(name), exitCode: 0 };
  const [fewest, most] = cliCommands[name].files;
  const given = positionalCount(name, rest);
  if (given < fewest || given > most) {
    return { kind: 'print', text: `${words.argumentCount({ name, fewest, most, given })}\n\n${commandHelp(name)}`, exitCode: 2 };
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
  return [words.overviewUsage, '', words.commandsHeading, ...lines, '', ...words.overviewNotes].join('\n');
}

function commandHelp(name: CliCommandName): string {
  const command = cliCommands[name];
  return [`${command.summary}`, '', words.usage(command.usage), '', ...command.details.map((line) => `  ${line}`)].join('\n');
}
