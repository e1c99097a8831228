import { Controller, Get, Res } from '@nestjs/common';
import { ApiMetrics } from './api-metrics.js';

interface TextResponse {
  type(contentType: string): TextResponse;
  send(body: string): void;
}

/** GET /metrics in Prometheus' text format; like /health it needs no sign-in (keep it on the internal network). */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Get()
  async metricsText(@Res() response: TextResponse): Promise<void> {
    response.type(this.metrics.registry.contentType);
    response.send(await this.metrics.registry.metrics());
  }
}
