/**
 * Answers to queries already given, by what makes each one (KeptAnswerKey), dropped all
 * together as soon as the views change. An answer is only ever kept for the views' generation
 * it was read at: one whose reading overlapped a change is not kept.
 */
export class KeptAnswers {
  /** Insertion order is age: the oldest is dropped first when full. */
  private readonly answers = new Map<string, { answer: unknown; bytes: number }>();
  /** Each kept answer's body as Apollo writes it, so that giving it again does not serialise it again. */
  private readonly bodies = new WeakMap<object, string>();
  private bytes = 0;
  private generation: number;

  constructor(
    /** The views' generation now (ProjectionRunner.generation). */
    private readonly viewsGeneration: () => number,
    private readonly capacity: number,
    /** Most the kept answers and their keys may take together, as JSON (an answer may be large: the query limits bound it, not this). */
    private readonly maxBytes: number = DEFAULT_KEPT_ANSWER_BYTES,
  ) {
    this.generation = viewsGeneration();
  }

  /** The generation an answer read now would be kept for (pass it to `keep`). */
  current(): number {
    this.forgetIfChanged();
    return this.generation;
  }

  find(key: string): unknown {
    this.forgetIfChanged();
    return this.answers.get(key)?.answer;
  }

  /**
   * Keeps the answer read at `readAt`, unless the views have changed since, or it would take more
   * than an eighth of the room (one large answer must not push out every other).
   */
  keep(key: string, readAt: number, answer: unknown): void {
    this.forgetIfChanged();
    if (readAt !== this.generation || this.capacity <= 0) return;
    const body = answerBody(answer);
    const bytes = key.length + body.length;
    if (bytes > this.maxBytes / 8) return;
    if (typeof answer === 'object' && answer !== null) this.bodies.set(answer, body);
    this.drop(key);
    while (this.answers.size >= this.capacity || this.bytes + bytes > this.maxBytes) this.drop(this.answers.keys().next().value as string);
    this.answers.set(key, { answer, bytes });
    this.bytes += bytes;
  }

  /**
   * Apollo's `stringifyResult`: a result whose data is a kept answer, as the plugin gives it
   * again, is written as the body made when it was kept; any other is serialised as Apollo
   * does. A 50-entry audit-trail page is 27 kB of JSON, about 80 µs to serialise.
   */
  readonly stringifyResult = (result: { data?: unknown; errors?: unknown; extensions?: unknown }): string => {
    const kept = result.errors === undefined && result.extensions === undefined && typeof result.data === 'object' && result.data !== null ? this.bodies.get(result.data) : undefined;
    return kept ?? JSON.stringify(result) + '\n';
  };

  get size(): number {
    return this.answers.size;
  }

  private drop(key: string): void {
    const kept = this.answers.get(key);
    if (kept === undefined) return;
    this.answers.delete(key);
    this.bytes -= kept.bytes;
  }

  private forgetIfChanged(): void {
    const now = this.viewsGeneration();
    if (now === this.generation) return;
    this.answers.clear();
    this.bytes = 0;
    this.generation = now;
  }
}

/** The body Apollo writes for an answer without errors (its prettyJSONStringify of { data }). */
function answerBody(data: unknown): string {
  return JSON.stringify({ data }) + '\n';
}

export const DEFAULT_KEPT_ANSWER_BYTES = 32 * 2 ** 20;

/** What an answer is made of besides the views: who asks, as the directory stood, and what exactly they ask. */
export interface KeptAnswerKey {
  directoryRevision: number;
  /** The caller as the directory knows them (roles, unit, section): what their read scope is made of. */
  actor: unknown;
  queryHash: string;
  operationName: string | null | undefined;
  /** The values of the variables the operation declares (others are ignored by GraphQL, and must not make keys of any size). */
  variables: Record<string, unknown> | undefined;
}

export function keptAnswerKey({ directoryRevision, actor, queryHash, operationName, variables }: KeptAnswerKey): string {
  return JSON.stringify([directoryRevision, actor, queryHash, operationName ?? null, variables ?? {}]);
}
