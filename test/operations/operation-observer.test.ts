import { describe, expect, it } from '@jest/globals';
import type { EventBus } from '@nestjs/cqrs';
import { createAppLogger } from '../../apps/api/src/observability/app-logger.js';
import { ApiMetrics } from '../../apps/api/src/observability/api-metrics.js';
import { OperationObserver, type ObservedOperation } from '../../apps/api/src/observability/operation-observer.js';
import type { ProjectionsService } from '../../apps/api/src/storage/projections.service.js';

/** The level of an operation's log line follows its outcome; INTERNAL carries the client's reference. */
describe('the operation log line', () => {
  function observe(errors: ObservedOperation['errors']): Record<string, unknown> {
    const lines: string[] = [];
    const logger = createAppLogger({ level: 'info', format: 'json' }, { write: (line: string) => void lines.push(line) });
    const metrics = new ApiMetrics({} as EventBus, { runner: { status: async () => [] } } as unknown as ProjectionsService);
    new OperationObserver(logger, metrics).finished({
      transport: 'http',
      requestId: 'r-1',
      type: 'query',
      operationName: 'Tables',
      rootFields: ['targetTables'],
      userId: 'u-1',
      errors,
      startedAt: performance.now(),
    });
    return JSON.parse(lines[0]!) as Record<string, unknown>;
  }

  it('is at info for an answered operation', () => {
    expect(observe(undefined)).toMatchObject({ level: 'info', outcome: 'OK', operationName: 'Tables', userId: 'u-1', requestId: 'r-1' });
  });

  it('is at error for INTERNAL, with the reference and without the message', () => {
    const line = observe([{ message: '内部错误', extensions: { code: 'INTERNAL', reference: 'ref-42' } }]);
    expect(line).toMatchObject({ level: 'error', outcome: 'INTERNAL', reference: 'ref-42' });
    expect(line).not.toHaveProperty('message');
  });

  it('is at warn for FORBIDDEN and at info for VALIDATION, with the message', () => {
    expect(observe([{ message: '无权操作', extensions: { code: 'FORBIDDEN' } }])).toMatchObject({ level: 'warn', outcome: 'FORBIDDEN', message: '无权操作' });
    expect(observe([{ message: '输入有误', extensions: { code: 'VALIDATION' } }])).toMatchObject({ level: 'info', outcome: 'VALIDATION' });
  });
});
