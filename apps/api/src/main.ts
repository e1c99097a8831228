import 'reflect-metadata';
import { eventStoreNameOf, loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';
import { APP_LOGGER, createAppLogger, type AppLogger } from './observability/app-logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  app.get<symbol, AppLogger>(APP_LOGGER).info(
    {
      event: 'startup',
      port: config.port,
      eventStore: eventStoreNameOf(config),
      dataDir: config.dataDir,
      readStore: config.readStoreUrl ? 'PostgreSQL' : 'SQLite',
      introspection: config.introspection,
    },
    `API started: GraphQL at http://localhost:${config.port}/graphql, metrics at /metrics, health at /health`,
  );
}

main().catch((error: unknown) => {
  // The configuration itself may be what failed: log with the defaults.
  createAppLogger({ level: 'info', format: process.env.LOG_FORMAT === 'pretty' ? 'pretty' : 'json' }).fatal(
    { event: 'startup-failed', err: error },
    `API could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
