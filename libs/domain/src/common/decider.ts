/**
 * An aggregate as three pure parts: what it starts as, how an event changes it, and how a
 * command becomes events (or a DomainError). The application loads, decides and appends.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
  /**
   * Whether a command that lost an append race (someone wrote the stream between its load and
   * its append) may be decided once more on the stream as it then is. Yes for decisions whose
   * rules the domain checks against the state they find (a second approval of the same step
   * hears the domain's CONFLICT naming what happened; entries that add up are simply added
   * after the other); no (left out) for content that would overwrite what the other wrote.
   */
  decidedAgainOnConflict?: (command: Command) => boolean;
  /**
   * How many lost races in a row such a command is decided again after (once when left out):
   * more for a record every attempt must reach, such as a user's sign-ins arriving at several
   * instances at once.
   */
  timesDecidedAgainOnConflict?: number;
}

export interface DomainEvent {
  type: string;
  data: object;
}

/** `decidedAgainOnConflict` for the commands of the types listed. */
export function commandsOfType<C extends { type: string }>(...types: readonly C['type'][]): (command: C) => boolean {
  const listed = new Set<string>(types);
  return (command) => listed.has(command.type);
}
