import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from '../auth/auth.module.js';
import { SocketAuthentication } from '../auth/socket-authentication.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ExpectedErrorsFilter } from './expected-errors.filter.js';
import { formatError } from './format-error.js';
import { graphqlWsOptions, operationContext } from './graphql-ws-options.js';
import { queryLimitsPlugin } from './query-limits/query-limits.plugin.js';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor.js';

const path = '/graphql';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [APP_CONFIG, SocketAuthentication],
      useFactory: (config: AppConfig, socketAuthentication: SocketAuthentication) => ({
        path,
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        graphiql: true,
        includeStacktraceInErrorResponses: false,
        formatError,
        // The same limits over HTTP and over graphql-ws (graphqlWsOptions), checked before anything executes.
        plugins: [queryLimitsPlugin(config.queryLimits)],
        parseOptions: { maxTokens: config.queryLimits.maxTokens },
        subscriptions: { 'graphql-ws': graphqlWsOptions(path, socketAuthentication, config.queryLimits) },
        context: operationContext,
      }),
    }),
  ],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
    { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
  ],
})
export class GraphQLApiModule {}
