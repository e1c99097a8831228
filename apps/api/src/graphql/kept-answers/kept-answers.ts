/**
 * Answers to queries already given, by what makes each one (KeptAnswerKey), dropped all
 * together as soon as the views change. An answer is only ever kept for the views' generation
 * it was read at: one whose reading overlapped a change is not kept.
 */
export class KeptAnswers {
  /** Insertion order is age: the oldest is dropped first when full. */
  private readonly answers = new Map<string, unknown>();
  private generation: number;

  constructor(
    /** The views' generation now (ProjectionRunner.generation). */
    private readonly viewsGeneration: () => number,
    private readonly capacity: number,
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
    return this.answers.get(key);
  }

  /** Keeps the answer read at `readAt`, unless the views have changed since. */
  keep(key: string, readAt: number, answer: unknown): void {
    this.forgetIfChanged();
    if (readAt !== this.generation || this.capacity <= 0) return;
    this.answers.delete(key);
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, answer);
  }

  get size(): number {
    return this.answers.size;
  }

  private forgetIfChanged(): void {
    const now = this.viewsGeneration();
    if (now === this.generation) return;
    this.answers.clear();
    this.generation = now;
  }
}

/** What an answer is made of besides the views: who asks, as the directory stood, and what exactly they ask. */
export interface KeptAnswerKey {
  directoryRevision: number;
  /** The caller as the directory knows them (roles, unit, section): what their read scope is made of. */
  actor: unknown;
  queryHash: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | undefined;
}

export function keptAnswerKey({ directoryRevision, actor, queryHash, operationName, variables }: KeptAnswerKey): string {
  return JSON.stringify([directoryRevision, actor, queryHash, operationName ?? null, variables ?? {}]);
}
