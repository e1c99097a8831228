import { Module } from '@nestjs/common';
import { ApiMetrics } from './api-metrics.js';
import { LifecycleLog } from './lifecycle-log.js';
import { MetricsController } from './metrics.controller.js';
import { OperationObserver } from './operation-observer.js';

/** The operation log lines, /metrics and the shutdown line (the logger itself comes from AppModule). */
@Module({
  controllers: [MetricsController],
  providers: [ApiMetrics, OperationObserver, LifecycleLog],
  exports: [OperationObserver, ApiMetrics],
})
export class ObservabilityModule {}
