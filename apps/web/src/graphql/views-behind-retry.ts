import { makeOperation, type CombinedError, type Exchange, type Operation } from 'urql';
import { delay, filter, fromValue, merge, mergeMap, makeSubject, pipe, share, takeUntil } from 'wonka';

/** Pauses before each new try of a read whose views were behind; its length is how many tries there are. */
export const VIEWS_BEHIND_RETRY_DELAYS_MS = [250, 500, 1000, 2000, 2000, 2000] as const;

/**
 * A read made at a position (minPosition, to see one's own write) is answered TIMEOUT when the
 * server's views have not reached that position in its wait: the write is stored, the views are
 * only slow (a busy machine). The page should not show the person an error for that: the read is
 * sent again after a pause, the page keeping what it showed, and the refusal reaches the page only
 * when every try has been answered the same way. Only queries are tried again; a mutation is never
 * repeated behind the person's back.
 */
export function viewsBehindRetryExchange(delaysMs: readonly number[] = VIEWS_BEHIND_RETRY_DELAYS_MS): Exchange {
  return ({ forward }) =>
    (operations$) => {
      const shared$ = share(operations$);
      const { source: tryAgain$, next: tryAgain } = makeSubject<Operation>();
      // A try waits its pause, and is dropped when the page stops wanting the read (left, or other variables).
      const pausedTries$ = pipe(
        tryAgain$,
        mergeMap((operation) => {
          const pause = delaysMs[(operation.context.viewsBehindTries as number) - 1] ?? 0;
          const abandoned$ = pipe(
            shared$,
            filter((next) => next.kind === 'teardown' && next.key === operation.key),
          );
          return pipe(fromValue(operation), delay(pause), takeUntil(abandoned$));
        }),
      );
      return pipe(
        forward(merge([shared$, pausedTries$])),
        filter((result) => {
          const { operation } = result;
          if (operation.kind !== 'query' || !viewsBehind(result.error)) return true;
          const tried = (operation.context.viewsBehindTries as number | undefined) ?? 0;
          if (tried >= delaysMs.length) return true;
          tryAgain(makeOperation(operation.kind, operation, { ...operation.context, requestPolicy: 'network-only', viewsBehindTries: tried + 1 }));
          return false;
        }),
      );
    };
}

function viewsBehind(error: CombinedError | undefined): boolean {
  return error !== undefined && error.graphQLErrors.some((e) => e.extensions?.code === 'TIMEOUT');
}
