/**
 * GraphiQL's code, served by the API itself so that it works without internet access (a
 * government intranet): the prebuilt GraphiQL of @graphql-yoga/render-graphiql, React and
 * the editor's workers included, read from node_modules instead of a CDN.
 */
export const graphiqlAssetsPath = '/graphiql';

interface Asset {
  contentType: string;
  body: string;
}

export type GraphiQLAssetName = 'graphiql.js' | 'graphiql.css' | 'editor.worker.js' | 'json.worker.js' | 'graphql.worker.js';

let loaded: Promise<Map<string, Asset>> | undefined;

/** The asset by its file name, or undefined; the 9 MB bundle is loaded on first use only. */
export async function graphiqlAsset(name: string): Promise<Asset | undefined> {
  loaded ??= import('@graphql-yoga/render-graphiql/graphiql').then(
    (bundle) =>
      new Map<GraphiQLAssetName, Asset>([
        ['graphiql.js', script(bundle.js)],
        ['graphiql.css', { contentType: 'text/css; charset=utf-8', body: bundle.css }],
        ['editor.worker.js', script(bundle.editorWorkerService)],
        ['json.worker.js', script(bundle.jsonWorker)],
        ['graphql.worker.js', script(bundle.graphqlWorker)],
      ]),
  );
  return (await loaded).get(name);
}

function script(body: string): Asset {
  return { contentType: 'application/javascript; charset=utf-8', body };
}
