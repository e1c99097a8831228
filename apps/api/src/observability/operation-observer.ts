import { Inject, Injectable } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { APP_LOGGER, type AppLogger } from './app-logger.js';
import { ApiMetrics } from './api-metrics.js';

/** Refusals a caller causes and can correct: logged at info. Those of a stranger at warn. */
const callerRefusals = new Set(['VALIDATION', 'CONFLICT', 'NOT_FOUND', 'TIMEOUT']);

/** One finished GraphQL operation, over HTTP or a graphql-ws socket. */
export interface ObservedOperation {
  transport: 'http' | 'ws';
  requestId: string;
  /** query, mutation or subscription; undefined when the document could not be read. */
  type: string | undefined;
  /** The operation's name as the client sent it, else its root fields. */
  operationName: string | undefined;
  /** The operation's root fields, known once the document was validated against the schema. */
  rootFields: string[] | undefined;
  userId: string | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  startedAt: number;
}

/**
 * Writes the log line and counts the metrics of every GraphQL operation: time, level,
 * request id, operation, user, outcome code and duration; INTERNAL at error with its
 * reference, refusals at info or warn, the rest at info.
 */
@Injectable()
export class OperationObserver {
  constructor(
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    private readonly metrics: ApiMetrics,
  ) {}

  finished(operation: ObservedOperation): void {
    const durationMs = performance.now() - operation.startedAt;
    const firstError = operation.errors?.[0];
    const code = firstError === undefined ? 'OK' : String(firstError.extensions?.code ?? 'INTERNAL');
    const reference = firstError?.extensions?.reference;
    // Root fields are bounded by the schema; a client's free-form name would not be.
    const metricOperation = operation.rootFields?.join(',') ?? '(invalid)';
    const type = operation.type ?? '(invalid)';
    this.metrics.operations.inc({ transport: operation.transport, type, operation: metricOperation, code });
    this.metrics.operationSeconds.observe({ transport: operation.transport, type, operation: metricOperation }, durationMs / 1000);

    const level = code === 'OK' ? 'info' : code === 'INTERNAL' ? 'error' : callerRefusals.has(code) ? 'info' : 'warn';
    this.logger[level](
      {
        requestId: operation.requestId,
        transport: operation.transport,
        operationType: operation.type,
        operationName: operation.operationName ?? operation.rootFields?.join(','),
        userId: operation.userId ?? null,
        outcome: code,
        ...(reference === undefined ? {} : { reference }),
        ...(firstError === undefined || code === 'INTERNAL' ? {} : { message: firstError.message }),
        durationMs: Math.round(durationMs * 10) / 10,
      },
      'graphql operation',
    );
  }
}
