import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from '../auth/auth.module.js';
import { CallerAuthentication } from '../auth/caller-authentication.js';
import { SocketAuthentication } from '../auth/socket-authentication.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { observedHttpOperations } from '../observability/observed-operations.js';
import { ApiMetrics } from '../observability/api-metrics.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { OperationObserver } from '../observability/operation-observer.js';
import { ExpectedErrorsFilter } from './expected-errors.filter.js';
import { formatError } from './format-error.js';
import { GraphiQLAssetsController } from './graphiql/graphiql-assets.controller.js';
import { graphiqlPagePlugin } from './graphiql/graphiql-page.plugin.js';
import { graphqlWsOptions, operationContext } from './graphql-ws-options.js';
import { KeptAnswers } from './kept-answers/kept-answers.js';
import { keptAnswersPlugin } from './kept-answers/kept-answers.plugin.js';
import { introspectionDisabled } from './query-limits/introspection.js';
import { queryLimitsPlugin } from './query-limits/query-limits.plugin.js';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor.js';
import { uncacheableAnswers } from './uncacheable-answers.plugin.js';
import { ProjectionsService } from '../storage/projections.service.js';

const path = '/graphql';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, ObservabilityModule],
      inject: [APP_CONFIG, SocketAuthentication, OperationObserver, CallerAuthentication, ApiMetrics, ProjectionsService],
      useFactory: (
        config: AppConfig,
        socketAuthentication: SocketAuthentication,
        observer: OperationObserver,
        callerAuthentication: CallerAuthentication,
        metrics: ApiMetrics,
        projections: ProjectionsService,
      ) => {
        // Only where this process alone writes the views: another instance's writes would not change the generation.
        const keptAnswers =
          config.readStoreUrl === undefined && config.keptAnswers > 0 ? new KeptAnswers(() => projections.runner.generation, config.keptAnswers) : undefined;
        return {
          path,
          autoSchemaFile: true,
          sortSchema: true,
          // Nest's own GraphiQL loads its code from a CDN: ours is served by this server.
          playground: false,
          graphiql: false,
          // Apollo's switch would refuse in English; introspectionDisabled refuses in Chinese.
          introspection: true,
          validationRules: config.introspection ? [] : [introspectionDisabled],
          includeStacktraceInErrorResponses: false,
          formatError,
          // The same limits over HTTP and over graphql-ws (graphqlWsOptions), checked before anything executes.
          plugins: [
            observedHttpOperations(observer),
            queryLimitsPlugin(config.queryLimits),
            ...(keptAnswers === undefined ? [] : [keptAnswersPlugin(keptAnswers, callerAuthentication, metrics)]),
            ...uncacheableAnswers(),
            ...(config.introspection ? [graphiqlPagePlugin(path)] : []),
          ],
          parseOptions: { maxTokens: config.queryLimits.maxTokens },
          subscriptions: { 'graphql-ws': graphqlWsOptions(path, socketAuthentication, observer, config.queryLimits) },
          context: operationContext(config.trustedProxies),
          ...(keptAnswers === undefined ? {} : { stringifyResult: keptAnswers.stringifyResult }),
        };
      },
    }),
  ],
  controllers: [GraphiQLAssetsController],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
    { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
  ],
})
export class GraphQLApiModule {}
