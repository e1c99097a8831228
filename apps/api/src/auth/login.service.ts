import { createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  loginAllowed,
  loginAttemptsDecider,
  loginAttemptsStreamId,
  loginOutcome,
  loginThrottles,
  normalizeUserName,
  messages,
  unknownNameStreamId,
  userByName,
  type LoginAttemptCommand,
  type LoginAttemptEvent,
  type LoginAttemptsState,
  type RecordLoginAttempt,
  type UserRecord,
} from '@app/domain';
import type { Actor } from '@app/event-store';
import { LOGIN_ADDRESSES_PROJECTION, recentAddressRecords, type ReadStore } from '@app/projections';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DirectoryReader, actorOfUser } from '../directory/directory.reader.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { Clock } from '../clock/clock.js';
import { ApiError } from '../graphql/api-error.js';
import { PasswordVerifier } from './password-verifier.js';
import { TOKEN_SECRET, TokenService } from './token.service.js';

const anonymous: Actor = { userId: 'anonymous', displayName: 'anonymous', roles: [], unitCode: null, sectionId: null };

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserRecord;
}

/**
 * Sign-in as the directory domain lays it out: find the user by name, fold their sign-in
 * record — or, for a name that belongs to nobody, that name's own record, so that it is
 * throttled and answered exactly as a real one — ask the throttle (user at this address,
 * user, address), check the password with scrypt only when the throttle allows (against a
 * dummy hash for an unknown name), record the attempt under the stream's expected revision,
 * and answer from the recorded events alone (loginOutcome) — so every login, failure, lock
 * and unlock is an event. The policy is described in docs/security.md.
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
    private readonly streams: AggregateStreams,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly projections: ProjectionsService,
    private readonly directory: DirectoryReader,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly passwords: PasswordVerifier,
    @Inject(TOKEN_SECRET) private readonly secret: Buffer,
  ) {}

  async login(userName: string, password: string, address: string): Promise<SignedIn> {
    const { state: directory } = await this.directory.current();
    const typedName = typeof userName === 'string' ? userName : '';
    const user = userByName(directory, typedName) ?? null;
    const streamId = user === null ? unknownNameStreamId(this.nameKey(typedName)) : loginAttemptsStreamId(user.userId);
    let checked: Promise<boolean> | undefined;
    const passwordMatches = () => (checked ??= this.passwords.matches(password, user?.passwordHash ?? null));

    const { events, position } = await this.record(streamId, user === null ? anonymous : actorOfUser(user), async (state, at) => {
      const addressHistory = await recentAddressRecords(this.readStore.db, address, at);
      const attempt = { address, at: at.toISOString(), addressHistory };
      const allowed = loginAllowed(loginThrottles(state, attempt));
      const command: RecordLoginAttempt = {
        type: 'RecordLoginAttempt',
        user: user && { userId: user.userId, userName: user.userName, active: user.active },
        password: !allowed ? 'NOT_CHECKED' : (await passwordMatches()) ? 'MATCHED' : 'WRONG',
        ...attempt,
      };
      return command;
    });
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

  /** An ADMIN lifts a user's sign-in lock (and the slowing of their failures): recorded as UserUnlocked. */
  async unlock(userId: string, admin: Actor): Promise<bigint> {
    const { state: directory } = await this.directory.current();
    const user = directory.users.get(userId);
    if (user === undefined) throw new ApiError('NOT_FOUND', messages.api.noSuchUser(userId));
    const { position } = await this.record(loginAttemptsStreamId(userId), admin, async (_state, at) => ({
      type: 'UnlockUser',
      user: { userId: user.userId, userName: user.userName, active: user.active },
      by: admin.userId,
      at: at.toISOString(),
    }));
    return position;
  }

  /**
   * Decides the command `commandFor` makes of the sign-in record on `streamId` and records its
   * events (AggregateStreams, which decides it again when another attempt on the same record
   * came first). A sign-in has no command id of its own: each gets a random one.
   */
  private async record(
    streamId: string,
    actor: Actor,
    commandFor: (state: LoginAttemptsState, at: Date) => Promise<LoginAttemptCommand>,
  ): Promise<{ events: LoginAttemptEvent[]; position: bigint }> {
    const commandId = randomUUID();
    const at = this.clock.now();
    const context = { commandId, correlationId: commandId, causationId: commandId, actor, now: at.toISOString() };
    const { events, position } = await this.streams.execute(streamId, loginAttemptsDecider, (state) => commandFor(state, at), context);
    // Both commands always record an event, so the outcome has the position of the last one.
    return { events, position: position! };
  }

  /**
   * The key of a name that belongs to nobody: a digest keyed with the server's token secret,
   * so the store keeps no typed name (often a mistyped password) nor anything that can be
   * tried against a list of passwords without that secret.
   */
  private nameKey(typedName: string): string {
    return createHmac('sha256', this.secret).update(normalizeUserName(typedName), 'utf8').digest('hex').slice(0, 32);
  }

  private async addressViewReaches(position: bigint): Promise<void> {
    const reached = await this.projections.runner.waitFor(position, this.config.readWaitTimeoutMs, [LOGIN_ADDRESSES_PROJECTION]);
    // The attempt is recorded and its answer decided; a late view only delays when the address counts it.
    if (!reached) this.logger.warn(`The login-addresses view has not reached position ${position} within ${this.config.readWaitTimeoutMs} ms`);
  }
}
