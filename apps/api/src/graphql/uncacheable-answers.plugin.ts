import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every answer over HTTP says `cache-control: no-store`, as Apollo's own cache-control plugin
 * said it: no field of the schema gives a cache hint, so that plugin never found an answer
 * cacheable. It is replaced because it hooked every field of every answer to work that out,
 * a cost that grew with the answer (an audit trail page of 50 entries: about a tenth of its
 * time; docs/speed.md).
 */
export function uncacheableAnswers(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
