/** Runs a command-line tool's main and exits with its code; an error is printed without a stack trace. */
export function runCli(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(exitAfterOutput, (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    exitAfterOutput(1);
  });
}

/**
 * Ends the process with `code` once stdout and stderr have handed everything queued to the
 * OS. A pipe takes 64 KiB at a time and Node writes to it asynchronously, so process.exit()
 * right after printing would drop the rest (`--json | wc -c` stopped at 65,536 bytes). The
 * callback of a write comes after every earlier write on the stream, so an empty write marks
 * the end. process.exit() is still called: a store or pool left open must not keep the tool running.
 */
export function exitAfterOutput(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const flushed = (): void => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
