// Builds an app (api, cli or the web console) only when its sources are newer than its build
// output, so that `npm start` and every CLI command start at once on a current build. Where
// there are no sources (the container image carries dist/ only), the build is taken as it is.
// Usage: node bin/ensure-built.mjs api|cli|web …   (the builds' own output goes to standard error)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const serverSources = ['apps/api/src', 'apps/cli/src', 'libs', 'tsconfig.json', 'apps/api/tsconfig.app.json', 'apps/cli/tsconfig.app.json', 'nest-cli.json'];

/** Each app: where its build lands, what it is built from, and the build (a script run by node). */
const apps = {
  api: { entry: 'dist/apps/api/apps/api/src/main.js', sources: serverSources, build: ['node_modules/@nestjs/cli/bin/nest.js', 'build', 'api'] },
  cli: { entry: 'dist/apps/cli/apps/cli/src/main.js', sources: serverSources, build: ['node_modules/@nestjs/cli/bin/nest.js', 'build', 'cli'] },
  web: { entry: 'dist/web/index.html', sources: ['apps/web'], build: ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts'] },
};

function newestSource(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.(spec|test)\.ts$/.test(path) ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

export function ensureBuilt(name) {
  const app = apps[name];
  const entry = join(root, app.entry);
  if (!existsSync(join(root, 'apps', name, 'src'))) return;
  if (existsSync(entry) && statSync(entry).mtimeMs >= Math.max(...app.sources.map((path) => newestSource(join(root, path))))) return;
  process.stderr.write(`Building ${name} (sources changed since the last build)…\n`);
  const [script, ...args] = app.build;
  const built = spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  if (names.length === 0 || names.some((name) => !(name in apps))) {
    process.stderr.write('Usage: node bin/ensure-built.mjs api|cli|web …\n');
    process.exit(2);
  }
  for (const name of names) ensureBuilt(name);
}
