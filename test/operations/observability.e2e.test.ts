import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { until } from '../projections/support/until.js';
import { RunningApi, removeDataDir, testAdmin, type Caller } from '../support/running-api.js';

interface LogLine {
  time: string;
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** An operator reads the log with jq and scrapes /metrics with Prometheus. */
describe('logs and metrics', () => {
  let api: RunningApi;
  let admin: Caller & { userId: string };
  const written: string[] = [];
  const lines = (): LogLine[] => written.join('').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as LogLine);
  const operationLines = () => lines().filter((line) => line.msg === 'graphql operation');

  beforeAll(async () => {
    api = await RunningApi.start({ log: { level: 'info', format: 'json' } }, undefined, { write: (chunk: string) => void written.push(chunk) });
    admin = await api.login(testAdmin.userName, testAdmin.password);
  });
  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  it('writes one JSON line per GraphQL operation with time, level, request id, operation, user, outcome and duration', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}`, 'x-request-id': 'req-logs-1' },
      body: JSON.stringify({ query: 'query WhoAmI { me { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-logs-1');
    const line = operationLines().find((entry) => entry.requestId === 'req-logs-1');
    expect(line).toMatchObject({ level: 'info', transport: 'http', operationType: 'query', operationName: 'WhoAmI', userId: admin.userId, outcome: 'OK' });
    expect(Date.parse(line!.time)).not.toBeNaN();
    expect(typeof line!.durationMs).toBe('number');
  });

  it('names who signed in on the line of a successful login', async () => {
    const signedIn = operationLines().find((entry) => entry.operationName === 'Login' && entry.outcome === 'OK');
    expect(signedIn).toMatchObject({ operationType: 'mutation', userId: admin.userId });
  });

  it('logs a refusal at warn with its code, and names an anonymous operation by its root fields', async () => {
    await api.graphql('query { me { id } }', {}, { token: 'not-a-token' }, { 'x-request-id': 'req-logs-2' });
    expect(operationLines().find((entry) => entry.requestId === 'req-logs-2')).toMatchObject({
      level: 'warn',
      operationName: 'me',
      userId: null,
      outcome: 'UNAUTHENTICATED',
    });
  });

  it('logs an operation over graphql-ws when it completes', async () => {
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin.token}` },
      retryAttempts: 0,
    });
    // A query over the socket runs, answers and completes, as a subscription does when it ends.
    for await (const result of client.iterate({ query: 'query OverSocket { me { id } }' })) expect(result.errors).toBeUndefined();
    await until(() => operationLines().some((entry) => entry.transport === 'ws'));
    await client.dispose();
    expect(operationLines().find((entry) => entry.transport === 'ws')).toMatchObject({
      level: 'info',
      operationType: 'query',
      operationName: 'OverSocket',
      userId: admin.userId,
      outcome: 'OK',
    });
  });

  it('serves /metrics in Prometheus format: operations by operation and code, latencies, events, projection lag, sign-in failures', async () => {
    await api.loginResponse(testAdmin.userName, 'wrong-password-1');
    let metrics = '';
    await until(async () => {
      metrics = await (await fetch(`${api.url}/metrics`)).text();
      return /sign_in_failures_total\{reason="WRONG_PASSWORD"\} 1/.test(metrics);
    });
    // A failed sign-in names nobody on its log line.
    expect(operationLines().filter((entry) => entry.operationName === 'Login').at(-1)).toMatchObject({ userId: null, outcome: 'UNAUTHENTICATED' });
    const samples = new Map(
      metrics
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => [line.slice(0, line.lastIndexOf(' ')), Number(line.slice(line.lastIndexOf(' ') + 1))] as const),
    );
    expect(samples.get('graphql_operations_total{transport="http",type="query",operation="me",code="OK"}')).toBe(1);
    expect(samples.get('graphql_operations_total{transport="http",type="query",operation="me",code="UNAUTHENTICATED"}')).toBe(1);
    expect(samples.get('graphql_operations_total{transport="http",type="mutation",operation="login",code="OK"}')).toBe(1);
    expect(samples.get('graphql_operation_duration_seconds_count{transport="http",type="query",operation="me"}')).toBe(2);
    expect(samples.get('events_appended_total{type="LoginSucceeded"}')).toBe(1);
    expect(samples.get('events_appended_total{type="LoginFailed"}')).toBe(1);
    expect([...samples.keys()].some((name) => name.startsWith('projection_lag_events{view='))).toBe(true);
    expect(metrics).toContain('# TYPE sign_in_locks_total counter');
  });
});
