import { describe, expect, it } from '@jest/globals';
import { Client, gql, makeResult, type Exchange, type Operation } from 'urql';
import { filter, map, pipe } from 'wonka';
import { viewsBehindRetryExchange } from '../../apps/web/src/graphql/views-behind-retry.js';

const viewsBehind = { message: '读取视图在 5000 毫秒内未到达位置 42；你的变更已保存。请稍后重试查询。', extensions: { code: 'TIMEOUT' } };

/** A server that answers TIMEOUT to the first `behindFor` operations it is sent, then data. */
function serverBehindFor(behindFor: number): { exchange: Exchange; sent: Operation[] } {
  const sent: Operation[] = [];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map((operation) => {
        sent.push(operation);
        return sent.length <= behindFor ? makeResult(operation, { data: null, errors: [viewsBehind] }) : makeResult(operation, { data: { reached: true } });
      }),
    );
  return { exchange, sent };
}

function client(server: Exchange, delaysMs: number[]): Client {
  return new Client({ url: '/graphql', exchanges: [viewsBehindRetryExchange(delaysMs), server] });
}

describe('a read answered while the views were behind', () => {
  it('is sent again until the views have reached the position, and the page sees only the answer with data', async () => {
    const { exchange, sent } = serverBehindFor(2);
    const result = await client(exchange, [0, 0, 0]).query(gql`query Reached($minPosition: String) { reached }`, { minPosition: '42' }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ reached: true });
    expect(sent.map((operation) => operation.variables)).toEqual([{ minPosition: '42' }, { minPosition: '42' }, { minPosition: '42' }]);
  });

  it('reaches the page as the server said once every try was answered the same way', async () => {
    const { exchange, sent } = serverBehindFor(10);
    const result = await client(exchange, [0, 0]).query(gql`query Reached { reached }`, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('TIMEOUT');
    expect(sent).toHaveLength(3);
  });

  it('is never a mutation: a write is not repeated behind the person’s back', async () => {
    const { exchange, sent } = serverBehindFor(1);
    const result = await client(exchange, [0, 0]).mutation(gql`mutation Write { write }`, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('TIMEOUT');
    expect(sent).toHaveLength(1);
  });
});
