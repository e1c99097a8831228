/**
 * An aggregate as three pure parts: what it starts as, how an event changes it, and how a
 * command becomes events (or a DomainError). The application loads, decides and appends.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

export interface DomainEvent {
  type: string;
  data: object;
}
