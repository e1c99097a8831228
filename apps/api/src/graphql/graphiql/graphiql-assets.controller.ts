import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { graphiqlAsset, graphiqlAssetsPath } from './graphiql-assets.js';

interface AssetResponse {
  type(contentType: string): AssetResponse;
  setHeader(name: string, value: string): void;
  send(body: string): void;
}

/** GET /graphiql/<file>: GraphiQL's script, style and editor workers; nothing when introspection is off. */
@Controller(graphiqlAssetsPath.slice(1))
export class GraphiQLAssetsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get(':file')
  async asset(@Param('file') file: string, @Res() response: AssetResponse): Promise<void> {
    const asset = this.config.introspection ? await graphiqlAsset(file) : undefined;
    if (asset === undefined) throw new NotFoundException();
    response.type(asset.contentType);
    // The files change only with the installed package: browsers may keep them for a day.
    response.setHeader('cache-control', 'public, max-age=86400');
    response.send(asset.body);
  }
}
