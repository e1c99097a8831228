/** The in-process PubSub that carries ReviewChange payloads to subscribers. */
export const REVIEW_CHANGES = Symbol('REVIEW_CHANGES');

/** The PubSub trigger; its payload is `{ reviewChanged: ReviewChange }`, as the subscription field resolves it. */
export const REVIEW_CHANGED = 'reviewChanged';
