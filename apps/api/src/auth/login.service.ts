import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { verifyPassword } from '@app/auth';
import {
  addressLoginPolicy,
  loginAttemptsDecider,
  loginAttemptsStreamId,
  loginOutcome,
  loginThrottle,
  strictestThrottle,
  userByName,
  userLoginPolicy,
  type LoginAttemptEvent,
  type LoginAttemptsState,
  type RecordLoginAttempt,
  type UserRecord,
} from '@app/domain';
import { ExpectedRevision, WrongExpectedRevisionError, eventIdFor, type Actor, type EventStore } from '@app/event-store';
import { LOGIN_ADDRESSES_PROJECTION, recentAddressRecords, type ReadStore } from '@app/projections';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DirectoryReader, actorOfUser } from '../directory/directory.reader.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { EVENT_STORE, READ_STORE } from '../storage/storage.tokens.js';
import { Clock } from '../clock/clock.js';
import { TokenService } from './token.service.js';

/** Two sign-ins of one user at the same moment both get recorded: the loser reads again. */
const maxAttempts = 5;

const anonymous: Actor = { userId: 'anonymous', displayName: 'anonymous', roles: [], unitCode: null, sectionId: null };

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserRecord;
}

/**
 * Sign-in as the directory domain lays it out: find the user by name, fold their sign-in
 * record, ask the throttle (user and address), check the password with scrypt only when the
 * throttle allows, record the attempt under the stream's expected revision, and answer from
 * the recorded events alone (loginOutcome) — so every login, failure and lock is an event.
 *
 * The address's attempts across all users come from the login-addresses view, which is kept
 * in the read store and so survives a restart and is shared by every API instance. The answer
 * waits until the view holds the attempt just recorded: the next attempt from the address,
 * however soon it comes and whichever instance takes it, counts this one.
 */
@Injectable()
export class LoginService {
  private readonly logger = new Logger('Login');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly projections: ProjectionsService,
    private readonly directory: DirectoryReader,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
  ) {}

  async login(userName: string, password: string, address: string): Promise<SignedIn> {
    const { state: directory } = await this.directory.current();
    const user = userByName(directory, typeof userName === 'string' ? userName : '') ?? null;
    const streamId = loginAttemptsStreamId(user?.userId ?? null);
    let checked: Promise<boolean> | undefined;
    const passwordMatches = () => (checked ??= verifyPassword(password, user?.passwordHash ?? null, this.config.passwordHashCost));

    for (let attempt = 1; ; attempt++) {
      const at = this.clock.now();
      const history = await this.store.readStream(streamId);
      const state = history.reduce<LoginAttemptsState>(
        (s, event) => loginAttemptsDecider.evolve(s, event as unknown as LoginAttemptEvent),
        loginAttemptsDecider.initialState,
      );
      const addressHistory = await recentAddressRecords(this.readStore.db, address, at);
      const throttle = strictestThrottle(
        loginThrottle(state.history, at.toISOString(), userLoginPolicy),
        loginThrottle(addressHistory, at.toISOString(), addressLoginPolicy),
      );
      const command: RecordLoginAttempt = {
        type: 'RecordLoginAttempt',
        user: user && { userId: user.userId, userName: user.userName, active: user.active },
        password: throttle.verdict !== 'ALLOW' ? 'NOT_CHECKED' : (await passwordMatches()) ? 'MATCHED' : 'WRONG',
        address,
        at: at.toISOString(),
        addressHistory,
      };
      const events = loginAttemptsDecider.decide(command, state);
      const commandId = randomUUID();
      const actor = user === null ? anonymous : actorOfUser(user);
      const last = history[history.length - 1];
      let position: bigint;
      try {
        ({ position } = await this.store.append(
          streamId,
          events.map((event, index) => ({
            eventId: eventIdFor(commandId, index),
            type: event.type,
            data: event.data as unknown as Record<string, unknown>,
            metadata: { commandId, correlationId: commandId, causationId: commandId, actor, occurredAt: command.at, schemaVersion: 1 },
          })),
          ExpectedRevision.after(last?.revision ?? -1),
        ));
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError && attempt < maxAttempts) continue;
        throw error;
      }
      await this.addressViewReaches(position);
      const outcome = loginOutcome(events);
      if (!outcome.ok) throw outcome.error;
      const signedIn = directory.users.get(outcome.userId)!;
      const { token, expiresAt } = this.tokens.issue({
        sub: signedIn.userId,
        name: signedIn.displayName,
        roles: signedIn.roles,
        unitCode: signedIn.unitCode,
        sectionId: signedIn.sectionId,
      });
      return { token, expiresAt, user: signedIn };
    }
  }

  private async addressViewReaches(position: bigint): Promise<void> {
    const reached = await this.projections.runner.waitFor(position, this.config.readWaitTimeoutMs, [LOGIN_ADDRESSES_PROJECTION]);
    // The attempt is recorded and its answer decided; a late view only delays when the address counts it.
    if (!reached) this.logger.warn(`The login-addresses view has not reached position ${position} within ${this.config.readWaitTimeoutMs} ms`);
  }
}
