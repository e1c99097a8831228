// Builds an app (api or cli) only when its sources are newer than its build output, so that
// `npm start` and every CLI command start at once on a current build. Where there are no
// sources (the container image carries dist/ only), the build is taken as it is.
// Usage: node bin/ensure-built.mjs api|cli   (the build's own output goes to standard error)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where each app's entry lands after `nest build <app>`. */
const entries = {
  api: 'dist/apps/api/apps/api/src/main.js',
  cli: 'dist/apps/cli/apps/cli/src/main.js',
};

const sourceRoots = ['apps/api/src', 'apps/cli/src', 'libs', 'tsconfig.json', 'apps/api/tsconfig.app.json', 'apps/cli/tsconfig.app.json', 'nest-cli.json'];

function newestSource(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.(spec|test)\.ts$/.test(path) ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

export function ensureBuilt(app) {
  const entry = join(root, entries[app]);
  if (!existsSync(join(root, 'apps', app, 'src'))) return;
  if (existsSync(entry) && statSync(entry).mtimeMs >= Math.max(...sourceRoots.map((path) => newestSource(join(root, path))))) return;
  process.stderr.write(`Building ${app} (sources changed since the last build)…\n`);
  const built = spawnSync(process.execPath, [join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', app], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const app = process.argv[2];
  if (!(app in entries)) {
    process.stderr.write('Usage: node bin/ensure-built.mjs api|cli\n');
    process.exit(2);
  }
  ensureBuilt(app);
}
