import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { sql } from 'kysely';
import type { EventStore } from '@app/event-store';
import type { ReadStore } from '@app/projections';
import { EVENT_STORE, READ_STORE } from '../storage/storage.tokens.js';
import { ProjectionsService } from '../storage/projections.service.js';

interface Writable {
  status(code: number): Writable;
  json(body: unknown): void;
}

/** GET /health: the event store, the read store and how far each projection lags. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly projections: ProjectionsService,
  ) {}

  @Get()
  @HttpCode(200)
  async health(@Res() response: Writable): Promise<void> {
    const eventStore = await probe(async () => ({ kind: this.eventStore.kind, headPosition: String((await this.eventStore.headPosition()) ?? 0n) }));
    const readStore = await probe(async () => {
      await sql`select 1`.execute(this.readStore.db);
      return { kind: this.readStore.dialect };
    });
    const projections = await probe(async () =>
      (await this.projections.runner.status()).map((p) => ({ name: p.name, position: String(p.position ?? 0n), lag: Number(p.lag) })),
    );
    const ok = eventStore.ok && readStore.ok && projections.ok;
    response.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', eventStore, readStore, projections });
  }
}

async function probe<T extends object | unknown[]>(check: () => Promise<T>): Promise<{ ok: boolean } & Record<string, unknown>> {
  try {
    const result = await check();
    return Array.isArray(result) ? { ok: true, items: result } : { ok: true, ...result };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
