import type { ApolloServerPlugin } from '@apollo/server';
import { graphiqlAssetsPath } from './graphiql-assets.js';

/** The query GraphiQL opens with: how to sign in, in the office's language. */
const firstQuery = `# 欢迎使用绩效目标 GraphQL 接口。
# 先登录取得令牌：
#   mutation { login(userName: "office", password: "demo-password-1") { token } }
# 再在下方 Headers 中填入 {"Authorization": "Bearer <令牌>"}，然后即可查询，例如：
#   query { me { id name roles } }
# 右侧“文档”（Docs）列出全部查询、变更和订阅。
`;

/**
 * Answers a browser's GET of the GraphQL path with GraphiQL, whose code comes from this
 * server (see graphiql-assets.ts), never from a CDN.
 */
export function graphiqlPagePlugin(graphqlPath: string): ApolloServerPlugin {
  const options = { title: '绩效目标 GraphiQL', endpoint: graphqlPath, subscriptionsProtocol: 'WS', defaultQuery: firstQuery };
  const html = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>${options.title}</title>
    <link rel="stylesheet" href="${graphiqlAssetsPath}/graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>请启用 JavaScript 以使用 GraphiQL。</noscript>
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
