/** The minPosition argument of every query: ReadYourWritesInterceptor waits for it before the query runs. */
export const minPositionArg = {
  type: () => String,
  nullable: true,
  description: 'Wait (with a bound) until the views have reached this position, as returned by a mutation.',
} as const;
