/**
 * Commands on one stream take turns within this process: the next one is loaded only once the
 * one before has passed its turn — when it has been appended or has failed, or, on a store
 * that can make an append depend on an earlier one (AppendsAfter), as soon as its events are
 * queued for the store. The embedded store commits the appends that arrive together in one
 * group (docs/speed.md, "Group commit"); two commands on one stream decided on the same
 * revision within one group would make the later lose with a CONFLICT its caller has to retry.
 * Taking turns leaves that race where it always was, between instances, where the expected
 * revision decides it. Commands on different streams never wait for each other.
 */
export class StreamTurns {
  /** The end of each stream's queue: settles when the last command queued on it passes its turn. */
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Runs `work` in its turn on the stream. The turn passes to the next command when `work`
   * calls `passTurn` or settles, whichever comes first.
   */
  run<T>(streamId: string, work: (passTurn: () => void) => Promise<T>): Promise<T> {
    const before = this.tails.get(streamId);
    let passTurn!: () => void;
    const turnEnds = new Promise<void>((resolve) => (passTurn = resolve));
    this.tails.set(streamId, turnEnds);
    void turnEnds.then(() => {
      if (this.tails.get(streamId) === turnEnds) this.tails.delete(streamId);
    });
    const start = (): Promise<T> => {
      const done = work(passTurn);
      done.then(passTurn, passTurn);
      return done;
    };
    return before === undefined ? start() : before.then(start);
  }
}
