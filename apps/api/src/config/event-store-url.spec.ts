import { describe, expect, it } from '@jest/globals';
import { eventStoreNameOf, loadConfig } from './app-config.js';

const secrets = { JWT_SECRET: 'shared-token-secret', ANCHOR_SECRET: 'shared-anchor-secret' };

describe('EVENT_STORE_URL', () => {
  it('selects PostgreSQL for a postgres:// URL, and SQLite without one', () => {
    const config = loadConfig({ ...secrets, EVENT_STORE_URL: 'postgres://pt@db:5432/events' });
    expect(config.eventStoreUrl).toBe('postgres://pt@db:5432/events');
    expect(eventStoreNameOf(config)).toBe('PostgreSQL');
    expect(eventStoreNameOf(loadConfig({}))).toBe('SQLite');
  });

  it('refuses another scheme without printing the password', () => {
    expect(() => loadConfig({ ...secrets, EVENT_STORE_URL: 'mysql://pt:secret@db/events' })).toThrow('EVENT_STORE_URL must be a postgres:// URL, got "mysql://…@db/events"');
  });

  it('refuses two event stores at once', () => {
    expect(() => loadConfig({ ...secrets, EVENT_STORE_URL: 'postgres://db/events', EVENTSTORE_CONNECTION_STRING: 'esdb://db:2113' })).toThrow(/not both/);
  });

  it('needs the token and anchor secrets every instance on the database shares', () => {
    expect(() => loadConfig({ EVENT_STORE_URL: 'postgres://db/events', ANCHOR_SECRET: 'a' })).toThrow('EVENT_STORE_URL needs JWT_SECRET: every API instance on the database must share it');
    expect(() => loadConfig({ EVENT_STORE_URL: 'postgres://db/events', JWT_SECRET: 'j' })).toThrow(/needs ANCHOR_SECRET/);
  });
});
