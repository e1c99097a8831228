import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers that were not HTTP 2xx, and those the API counted as answered with errors (when asked to). */
  failures: number;
}

export interface GraphqlLoad {
  url: string;
  token?: string;
  /** The body of each request; called once per request when it varies (a command's id). */
  body: () => string;
  connections: number;
  durationSeconds: number;
  /** How many operations the server has answered with errors so far (answeredWithErrors), read before and after the load. */
  answeredWithErrors?: () => Promise<number>;
}

/**
 * Drives one GraphQL operation at `connections` concurrent keep-alive connections for the
 * duration, with autocannon in this process (the server runs in another). Answers with GraphQL
 * errors are counted by the server (a fast refusal must not pass for speed): reading every
 * body here, on the same two cores, cost the load generator time in proportion to the answer's
 * size, which the server's figure then paid for.
 */
export async function graphqlLoad(load: GraphqlLoad): Promise<LoadResult> {
  const errorsBefore = await load.answeredWithErrors?.();
  const result = await autocannon({
    url: `${load.url}/graphql`,
    connections: load.connections,
    duration: load.durationSeconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(load.token ? { authorization: `Bearer ${load.token}` } : {}) },
        setupRequest: (request) => ({ ...request, body: load.body() }),
      },
    ],
  });
  const failures = errorsBefore === undefined ? 0 : (await load.answeredWithErrors!()) - errorsBefore;
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: failures + result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * The operations the API has answered with GraphQL errors since it started, by its own count
 * (`graphql_operations_total` with an outcome other than OK, on /metrics).
 */
export async function answeredWithErrors(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  let count = 0;
  for (const [, labels, value] of metrics.matchAll(/^graphql_operations_total\{([^}]*)\} (\S+)$/gm)) {
    if (!labels!.includes('code="OK"')) count += Number(value);
  }
  return count;
}
