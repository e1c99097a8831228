import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';

export interface ServerProcess {
  url: string;
  /** Resident memory of the process, in MB, read from /proc. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** The API as `npm start` runs it, from the same build as this bench (the CLI's build holds the API's sources too). */
const apiMain = fileURLToPath(new URL('../../../../api/src/main.js', import.meta.url));

/**
 * The Node flags `npm start` and the Dockerfile give the API: its heap limit (`API_HEAP_MB`,
 * default 1024). Below 2 GB, V8 lets the heap grow to less than twice what it holds, where with
 * Node's default limit it grows to four times (docs/speed.md, "Memory under a write load").
 */
export function apiNodeFlags(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  return [`--max-old-space-size=${env.API_HEAP_MB ?? 1024}`];
}

/** The API started as installed, on `env`. */
export function startApi(env: Record<string, string>, ready: (url: string) => Promise<boolean>): Promise<ServerProcess> {
  return startServer(apiMain, env, ready, apiNodeFlags());
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `script` under this Node in a process of its own (the load generator must not share
 * the server's event loop) and waits until `ready` answers true. It runs as installed
 * (NODE_ENV=production, as the Dockerfile sets it), so neither the product nor the anchor pays
 * for the frameworks' development checks.
 */
export async function startServer(script: string, env: Record<string, string>, ready: (url: string) => Promise<boolean>, nodeFlags: readonly string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, script], { env: { ...process.env, NODE_ENV: 'production', ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}: ${stderr}`);
    if (await ready(url).catch(() => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} did not answer within 120 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, rssMb: () => rssMbOf(child), stop: () => stopProcess(child) };
}

function rssMbOf(child: ChildProcess): number {
  try {
    // Linux only, like the machines the bench runs on; the second field of statm is resident pages.
    return Math.round((Number(readFileSync(`/proc/${child.pid}/statm`, 'utf8').split(' ')[1]) * 4096) / 2 ** 20);
  } catch {
    return Number.NaN;
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
