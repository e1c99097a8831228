import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  /**
   * The count, or a getter that counts when the field is read: a page whose reader does not
   * ask for totalCount does not count every match (an audit trail of many thousand entries;
   * docs/speed.md).
   */
  readonly totalCount: number | Promise<number>;
}

/** A Relay-style connection type for `node`, named `<Name>Connection`. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many items match the filter, over all pages.' }) totalCount!: number;
  }
  return ConnectionType;
}
