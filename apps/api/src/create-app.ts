import { messages } from '@app/domain';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { createAppLogger } from './observability/app-logger.js';
import { NestLogger } from './observability/nest-logger.js';
import { requestId } from './observability/request-id.js';
import { serveWebConsole } from './web-console/serve-web-console.js';

/** The application as main.ts serves it; tests create it the same way, and may read its log from `logDestination`. */
export async function createApp(config: AppConfig, logDestination?: DestinationStream): Promise<NestExpressApplication> {
  const logger = createAppLogger(config.log, logDestination);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config, logger), { logger: new NestLogger(logger), bodyParser: false });
  app.use(requestId);
  // Answers are `cache-control: no-store`: an ETag (a SHA-1 of every answer's body, 10–20 % of a
  // 50-entry audit-trail page) would never be asked for. The console's files keep theirs
  // (express.static sets its own). Nor need a client be told which framework answers.
  app.set('etag', false);
  app.disable('x-powered-by');
  // The sign-in throttle counts by address (request.ip): X-Forwarded-For only from a configured proxy, or anyone could pick their address.
  app.set('trust proxy', config.trustedProxies.length > 0 ? config.trustedProxies : false);
  app.useBodyParser('json', { limit: config.maxBodyBytes });
  app.use(unreadableBody(config.maxBodyBytes));
  serveWebConsole(app, config.webDir);
  app.enableShutdownHooks();
  return app;
}

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/** A body too large or not JSON is answered like any GraphQL error, with a stable code. */
function unreadableBody(maxBodyBytes: number) {
  return (error: { type?: string; status?: number } | undefined, _req: unknown, res: JsonResponse, next: (error?: unknown) => void): void => {
    if (!error || error.status === undefined || error.status >= 500) return next(error);
    const message =
      error.type === 'entity.too.large'
        ? messages.api.bodyTooLarge(maxBodyBytes)
        : messages.api.bodyNotJson;
    res.status(error.status).json({ errors: [{ message, extensions: { code: 'VALIDATION' } }] });
  };
}
