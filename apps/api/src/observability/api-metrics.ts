import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Subscription } from 'rxjs';
import type { StoredEvent } from '../event-bus/stored-event.js';
import { ProjectionsService } from '../storage/projections.service.js';

/** Event types counted as sign-in failures and as locks (docs/security.md). */
const signInFailure = 'LoginFailed';
const signInLocks: Record<string, string> = { UserLockedOut: 'USER', AddressLockedOut: 'ADDRESS' };

/**
 * What /metrics tells Prometheus. One registry per application (tests run several in one
 * process). Operations are counted by the operation observer; stored events as the event
 * bus delivers them (so every instance counts every event stored from its start on);
 * projection lag is read when scraped.
 */
@Injectable()
export class ApiMetrics implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly registry = new Registry();
  private subscription: Subscription | undefined;

  readonly operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by transport, type, operation (root field) and outcome code',
    labelNames: ['transport', 'type', 'operation', 'code'] as const,
    registers: [this.registry],
  });

  readonly operationSeconds = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to answering it (HTTP) or to its end (subscriptions)',
    labelNames: ['transport', 'type', 'operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly keptAnswers = new Counter({
    name: 'graphql_kept_answers_total',
    help: 'Queries that could be answered with an answer kept while the views stand, by outcome (hit, miss)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  private readonly eventsAppended = new Counter({
    name: 'events_appended_total',
    help: 'Events stored in the event store, by type, as this instance saw them since it started',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  private readonly signInFailures = new Counter({
    name: 'sign_in_failures_total',
    help: 'Failed sign-ins, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  private readonly signInLocks = new Counter({
    name: 'sign_in_locks_total',
    help: 'Sign-in locks, of a user or of a network address',
    labelNames: ['scope'] as const,
    registers: [this.registry],
  });

  constructor(
    @Inject(EventBus) private readonly eventBus: EventBus,
    projections: ProjectionsService,
  ) {
    new Gauge({
      name: 'projection_lag_events',
      help: 'Events stored but not yet projected, per view',
      labelNames: ['view'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const view of await projections.runner.status()) this.set({ view: view.name }, Number(view.lag));
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  onApplicationBootstrap(): void {
    this.subscription = this.eventBus.subscribe((stored) => this.count(stored as StoredEvent));
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
  }

  private count({ event }: StoredEvent): void {
    this.eventsAppended.inc({ type: event.type });
    if (event.type === signInFailure) this.signInFailures.inc({ reason: String((event.data as { reason?: unknown }).reason ?? 'UNKNOWN') });
    const lockScope = signInLocks[event.type];
    if (lockScope !== undefined) this.signInLocks.inc({ scope: lockScope });
  }
}
