import { readCliRequest } from './cli-commands.js';

/**
 * The one entry of the command-line tools. Help and usage errors are answered at once; a
 * command's module is loaded only to run it, and reads its arguments from process.argv.
 */
const request = readCliRequest(process.argv.slice(2));
if (request.kind === 'print') {
  (request.exitCode === 0 ? process.stdout : process.stderr).write(`${request.text}\n`);
  process.exitCode = request.exitCode;
} else {
  process.argv = [process.argv[0]!, process.argv[1]!, ...request.args];
  await import(`./${request.command}/main.js`);
}
