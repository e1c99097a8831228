import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_LOGGER, type AppLogger } from './app-logger.js';

/** The log's last line: that the API stopped, and on which signal. */
@Injectable()
export class LifecycleLog implements OnApplicationShutdown {
  constructor(@Inject(APP_LOGGER) private readonly logger: AppLogger) {}

  onApplicationShutdown(signal?: string): void {
    this.logger.info({ event: 'shutdown', signal: signal ?? null }, 'API stopped');
  }
}
