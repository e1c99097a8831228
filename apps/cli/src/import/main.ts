import { runCli } from '../run-cli.js';
import { runImportCommand } from './import-command.js';

runCli((args) => runImportCommand(args, { out: (line) => console.log(line), err: (line) => console.error(line) }));
