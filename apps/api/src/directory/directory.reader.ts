import { Inject, Injectable } from '@nestjs/common';
import { directoryDecider, directoryStreamId, type DirectoryEvent, type DirectoryState, type UserRecord, messages } from '@app/domain';
import type { Actor, EventStore } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';

/**
 * The directory as it is now, folded from its one small stream. The fold is kept and only
 * the events after its revision are read on each call, so every request sees the directory
 * up to date — a role revoked or an account deactivated a moment ago counts at once — at the
 * cost of one indexed read.
 */
@Injectable()
export class DirectoryReader {
  private state: DirectoryState = directoryDecider.initialState;
  private revision = -1;
  private catchingUp: Promise<void> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async current(): Promise<{ state: DirectoryState; revision: number }> {
    // One catch-up at a time, so that no event is folded twice.
    this.catchingUp = this.catchingUp.catch(() => undefined).then(() => this.catchUp());
    await this.catchingUp;
    return { state: this.state, revision: this.revision };
  }

  /** Everyone's name as people read it (李股长), a deactivated user's too, for messages that name people. */
  async names(): Promise<(userId: string) => string | undefined> {
    const { state } = await this.current();
    return (userId) => state.users.get(userId)?.displayName;
  }

  /**
   * The caller of a valid token as the directory knows them now, with the directory's revision
   * read; UNAUTHENTICATED if they may no longer act.
   */
  async actorOf(userId: string): Promise<{ actor: Actor; user: UserRecord; revision: number }> {
    const { state, revision } = await this.current();
    const user = state.users.get(userId);
    if (user === undefined) {
      throw new ApiError('UNAUTHENTICATED', messages.auth.tokenUnknownUser);
    }
    if (!user.active) {
      throw new ApiError('UNAUTHENTICATED', messages.auth.accountDeactivated(messages.directory.userNameOf(user)));
    }
    return { actor: actorOfUser(user), user, revision };
  }

  private async catchUp(): Promise<void> {
    const events = await this.store.readStream(directoryStreamId, { fromRevision: this.revision + 1 });
    for (const event of events) {
      this.state = directoryDecider.evolve(this.state, event as unknown as DirectoryEvent);
      this.revision = event.revision;
    }
  }
}

export function actorOfUser(user: UserRecord): Actor {
  return { userId: user.userId, displayName: user.displayName, roles: [...user.roles], unitCode: user.unitCode, sectionId: user.sectionId };
}
