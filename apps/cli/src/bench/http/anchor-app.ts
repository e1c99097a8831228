import 'reflect-metadata';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';

/**
 * The bench's anchor: a bare NestJS + Apollo application of the same package versions as the
 * product, with one query and nothing else (no guard, limits, plugins or logging), so that the
 * product's trivial query is measured against what the framework alone costs on this machine.
 */
@Resolver()
class AnchorResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, playground: false, graphiql: false })],
  providers: [AnchorResolver],
})
class AnchorModule {}

const app = await NestFactory.create(AnchorModule, { logger: false });
await app.listen(Number(process.env.PORT), '127.0.0.1');
