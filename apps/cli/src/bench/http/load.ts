import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers that were not HTTP 2xx, or carried GraphQL errors in the sampled bodies. */
  failures: number;
}

export interface GraphqlLoad {
  url: string;
  token?: string;
  /** The body of each request; called once per request when it varies (a command's id). */
  body: () => string;
  connections: number;
  durationSeconds: number;
}

/**
 * Drives one GraphQL operation at `connections` concurrent keep-alive connections for the
 * duration, with autocannon in this process (the server runs in another). Every answer's body
 * is checked for GraphQL errors: a fast refusal must not pass for speed.
 */
export async function graphqlLoad(load: GraphqlLoad): Promise<LoadResult> {
  let failures = 0;
  const result = await autocannon({
    url: `${load.url}/graphql`,
    connections: load.connections,
    duration: load.durationSeconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(load.token ? { authorization: `Bearer ${load.token}` } : {}) },
        setupRequest: (request) => ({ ...request, body: load.body() }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && body.includes('"errors"')) failures += 1;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: failures + result.non2xx + result.errors + result.timeouts,
  };
}
