import { messages } from '@app/domain';
import type { ApolloServerPlugin } from '@apollo/server';
import { graphiqlAssetsPath } from './graphiql-assets.js';

/** The query GraphiQL opens with: how to sign in, in the office's language. */
const firstQuery = messages.api.graphiql.firstQuery;

/**
 * Answers a browser's GET of the GraphQL path with GraphiQL, whose code comes from this
 * server (see graphiql-assets.ts), never from a CDN.
 */
export function graphiqlPagePlugin(graphqlPath: string): ApolloServerPlugin {
  const options = { title: messages.api.graphiql.title, endpoint: graphqlPath, subscriptionsProtocol: 'WS', defaultQuery: firstQuery };
  const html = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>${options.title}</title>
    <link rel="stylesheet" href="${graphiqlAssetsPath}/graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>${messages.api.graphiql.noScript}</noscript>
    <div id="root"></div>
    <script>
      const workers = {
        editorWorkerService: '${graphiqlAssetsPath}/editor.worker.js',
        json: '${graphiqlAssetsPath}/json.worker.js',
        graphql: '${graphiqlAssetsPath}/graphql.worker.js',
      };
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
    </script>
    <script src="${graphiqlAssetsPath}/graphiql.js"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${JSON.stringify(options)});
    </script>
  </body>
</html>
`;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
