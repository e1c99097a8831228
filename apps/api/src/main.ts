import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  Logger.log(
    `GraphQL at http://localhost:${config.port}/graphql — event store ${config.eventStoreConnectionString ? 'EventStoreDB' : `SQLite in ${config.dataDir}`}, read store ${config.readStoreUrl ? 'PostgreSQL' : 'SQLite'}`,
    'Bootstrap',
  );
}

main().catch((error: unknown) => {
  Logger.error(error instanceof Error ? error.message : String(error), error instanceof Error ? error.stack : undefined, 'Bootstrap');
  process.exit(1);
});
