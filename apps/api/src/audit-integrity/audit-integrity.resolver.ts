import { messages } from '@app/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { verifyAuditTrail, type EventStore, type IntegrityReport } from '@app/event-store';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { requireAnyRole } from '../auth/require-any-role.js';
import { eventMetadata } from '../commands/aggregate-streams.js';
import { commandContextFromRequest } from '../commands/command-as-caller.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import { ANCHOR_KEY } from './anchor-key.js';
import { AnchorAuditTrailPayload, AuditTrailVerification, type IntegrityProblem } from './audit-integrity.models.js';
import { AuditTrailAnchoring } from './audit-trail-anchoring.js';
import { Clock } from '../clock/clock.js';

const auditRoles = ['AUDITOR', 'ADMIN'];

/** Whether the stored events are intact (AUDITOR, ADMIN), and anchoring them on demand. */
@Resolver()
export class AuditIntegrityResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ANCHOR_KEY) private readonly anchorKey: Buffer,
    private readonly anchoring: AuditTrailAnchoring,
    private readonly clock: Clock,
  ) {}

  @Query(() => AuditTrailVerification, {
    description: 'AUDITOR or ADMIN: re-hashes every stream of the store and holds it against the latest signed anchor; reports each stream’s first break.',
  })
  async verifyAuditTrail(@Context() { req }: RequestContext): Promise<AuditTrailVerification> {
    requireAnyRole(actorOf(req), auditRoles, messages.api.verifyingTrail);
    return verificationModel(await verifyAuditTrail(this.store, { anchorKey: this.anchorKey }));
  }

  @Mutation(() => AnchorAuditTrailPayload, {
    description: 'AUDITOR or ADMIN: appends a signed anchor of every stream’s last revision and hash now, unless nothing changed since the latest.',
  })
  async anchorAuditTrail(
    @Context() { req }: RequestContext,
    @Args('commandId', { type: () => String, nullable: true }) commandId?: string | null,
  ): Promise<AnchorAuditTrailPayload> {
    requireAnyRole(actorOf(req), auditRoles, messages.api.anchoringTrail);
    const context = commandContextFromRequest(req, { type: 'AnchorAuditTrail', input: { commandId } }, this.clock.now());
    const outcome = await this.anchoring.anchor(eventMetadata(context));
    return {
      commandId: context.commandId,
      anchored: outcome.anchored,
      position: outcome.position?.toString() ?? null,
      headPosition: outcome.headPosition?.toString() ?? null,
      streamCount: outcome.streamCount,
    };
  }
}

function verificationModel(report: IntegrityReport): AuditTrailVerification {
  const anchor = report.latestAnchor;
  return {
    intact: report.intact,
    streamsChecked: report.streamsChecked,
    eventsChecked: report.eventsChecked,
    latestAnchor: anchor === undefined ? null : {
      position: anchor.position.toString(),
      at: anchor.anchoredAt,
      verified: anchor.verified,
      headPosition: anchor.headPosition.toString(),
      streamCount: anchor.streamCount,
    },
    breaks: report.breaks.map((found) => ({
      streamId: found.streamId,
      revision: found.revision,
      problem: found.problem as IntegrityProblem,
      expected: found.expected,
      actual: found.actual,
      message: found.message,
      position: found.position?.toString() ?? null,
    })),
  };
}
