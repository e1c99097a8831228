import { createClient as createSocketClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange, type CombinedError } from 'urql';
import { viewsBehindRetryExchange } from './views-behind-retry';

/**
 * Fires 'connected' each time the live connection is (re)established. What happened while it was
 * not listening — before it first connected, or while the network was down — was never pushed:
 * a view kept live by a subscription reads itself again then (useLiveConnections).
 */
export const liveConnection = new EventTarget();

/**
 * One urql client per sign-in: queries and mutations over HTTP, live changes over graphql-ws on
 * the same path, both carrying the token. A read answered while the views were behind is tried
 * again (viewsBehindRetryExchange). An UNAUTHENTICATED answer (expired token, revoked
 * account) or a socket closed with 4401 signs the person out.
 */
export function graphqlClient(token: string, signOut: () => void): Client {
  // Several requests may be refused at once; the person is signed out (and told) once.
  let signedOut = false;
  const onSignedOut = () => {
    if (signedOut) return;
    signedOut = true;
    signOut();
  };
  const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const socket = createSocketClient({
    url: socketUrl,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: (event) => !(isCloseEvent(event) && event.code === 4401),
    on: {
      connected: () => liveConnection.dispatchEvent(new Event('connected')),
      closed: (event) => {
        if (isCloseEvent(event) && event.code === 4401) onSignedOut();
      },
    },
  });
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    // Apollo refuses GET operations without a preflight header (CSRF prevention): send everything as POST.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    exchanges: [
      mapExchange({
        onError(error: CombinedError) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onSignedOut();
        },
      }),
      viewsBehindRetryExchange(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return { subscribe: (sink) => ({ unsubscribe: socket.subscribe(input, sink) }) };
        },
      }),
    ],
  });
}

/** The client before sign-in: only login is sent. */
export function anonymousClient(): Client {
  return new Client({ url: '/graphql', requestPolicy: 'network-only', preferGetMethod: false, exchanges: [fetchExchange] });
}

function isCloseEvent(event: unknown): event is { code: number } {
  return typeof event === 'object' && event !== null && 'code' in event;
}
