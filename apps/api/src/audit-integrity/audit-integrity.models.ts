import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { IntegrityProblem as IntegrityProblemCode } from '@app/event-store';

/** The codes of libs/event-store/src/integrity/integrity-report.ts, as a GraphQL enum. */
export enum IntegrityProblem {
  CONTENT_ALTERED = 'CONTENT_ALTERED',
  EVENT_MISSING = 'EVENT_MISSING',
  OUT_OF_ORDER = 'OUT_OF_ORDER',
  LINK_BROKEN = 'LINK_BROKEN',
  TRUNCATED = 'TRUNCATED',
  ANCHOR_MISMATCH = 'ANCHOR_MISMATCH',
  ANCHOR_SIGNATURE_INVALID = 'ANCHOR_SIGNATURE_INVALID',
}

/** Fails to compile when the library gains a code the enum lacks. */
const everyProblemListed: Record<IntegrityProblemCode, IntegrityProblem> = IntegrityProblem;
void everyProblemListed;

registerEnumType(IntegrityProblem, {
  name: 'IntegrityProblem',
  description: 'What is wrong at a broken link of the audit trail.',
  valuesMap: {
    CONTENT_ALTERED: { description: 'The event’s type, data or metadata no longer hash to its stored hash: it was edited.' },
    EVENT_MISSING: { description: 'A revision of the stream is absent: an event was deleted.' },
    OUT_OF_ORDER: { description: 'A revision comes after a later one in the global log: events were reordered.' },
    LINK_BROKEN: { description: 'The event does not name the hash of the revision before it: an event was replaced or inserted, or the one before rewritten.' },
    TRUNCATED: { description: 'The latest anchor holds a revision the stream no longer reaches: its end, or all of it, was deleted.' },
    ANCHOR_MISMATCH: { description: 'The stream has the anchored revision with another hash: it was rewritten, hashes and all, after the anchor.' },
    ANCHOR_SIGNATURE_INVALID: { description: 'An anchor’s signature does not match it under the anchor key: the anchor was forged or altered.' },
  },
});

@ObjectType({ description: 'The first broken link of one stream.' })
export class IntegrityBreak {
  @Field() streamId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => IntegrityProblem) problem!: IntegrityProblem;
  @Field({ description: 'What an intact store would hold there (a hash, a revision).' }) expected!: string;
  @Field({ description: 'What the store holds instead.' }) actual!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true, description: 'Global position where the break shows; null for what is missing at a stream’s end.' })
  position!: string | null;
}

@ObjectType({ description: 'A signed checkpoint of every stream’s last revision and hash.' })
export class AuditAnchor {
  @Field({ description: 'Global position of the anchor event.' }) position!: string;
  @Field({ description: 'When the anchor was taken (ISO-8601).' }) at!: string;
  @Field({ description: 'The signature holds, and every anchored stream still has its anchored revision and hash.' }) verified!: boolean;
  @Field({ description: 'The log position the anchor covers.' }) headPosition!: string;
  @Field(() => Int) streamCount!: number;
}

@ObjectType({ description: 'The result of re-hashing the whole audit trail.' })
export class AuditTrailVerification {
  @Field() intact!: boolean;
  @Field(() => Int) streamsChecked!: number;
  @Field(() => Int) eventsChecked!: number;
  @Field(() => AuditAnchor, { nullable: true, description: 'Null until the log is first anchored.' }) latestAnchor!: AuditAnchor | null;
  @Field(() => [IntegrityBreak], { description: 'At most one per stream, its first; empty when intact.' }) breaks!: IntegrityBreak[];
}

@ObjectType()
export class AnchorAuditTrailPayload {
  @Field() commandId!: string;
  @Field({ description: 'False when nothing was appended since the latest anchor, which still covers the log.' }) anchored!: boolean;
  @Field(() => String, { nullable: true, description: 'Position of the anchor that now covers the log; null while the log is empty.' })
  position!: string | null;
  @Field(() => String, { nullable: true, description: 'The log position the anchor covers.' }) headPosition!: string | null;
  @Field(() => Int) streamCount!: number;
}
