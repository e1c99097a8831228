import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

interface PageRequest {
  method: string;
  path: string;
  headers: { accept?: string };
}

interface PageResponse {
  sendFile(path: string): void;
}

/** Paths the API answers itself; everything else a browser asks for is the console's. */
const apiPaths = ['/graphql', '/health', '/exports'];

/**
 * Serves the built web console (`npm run build:web` writes it to `dist/web`) at `/`: its files as
 * they are, and index.html for any other page a browser asks for, so that the console's own routes
 * (e.g. /target-tables/…) survive a reload. `/graphql` and `/health` stay the API's. Without a
 * build the API runs as before and says where the console would come from.
 */
export function serveWebConsole(app: NestExpressApplication, webDir: string): void {
  const indexHtml = join(webDir, 'index.html');
  if (!existsSync(indexHtml)) {
    Logger.log(`No web console in ${webDir}: run "npm run build:web" to serve it at /`, 'WebConsole');
    return;
  }
  app.useStaticAssets(webDir, { index: 'index.html', fallthrough: true });
  app.use((req: PageRequest, res: PageResponse, next: () => void) => {
    const isApi = apiPaths.some((path) => req.path === path || req.path.startsWith(`${path}/`));
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (isApi || !wantsPage) return next();
    res.sendFile(indexHtml);
  });
}
