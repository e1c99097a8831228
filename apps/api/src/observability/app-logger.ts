import { pino, type DestinationStream, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { LogConfig } from '../config/app-config.js';

export const APP_LOGGER = Symbol('APP_LOGGER');
export type AppLogger = Logger;

/**
 * The API's log: one JSON object a line (time, level, message and fields, readable with jq),
 * or with LOG_FORMAT=pretty text for a terminal, coloured only when it is one.
 * `destination` defaults to standard output; tests pass a stream to read the lines back.
 */
export function createAppLogger(config: LogConfig, destination: DestinationStream = pino.destination(1)): AppLogger {
  const options = {
    level: config.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    base: undefined,
  };
  if (config.format === 'pretty') {
    return pino(options, PinoPretty({ colorize: process.stdout.isTTY === true, destination, sync: true }));
  }
  return pino(options, destination);
}
