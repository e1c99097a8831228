import { expect } from '@jest/globals';
import type { Decider, DomainEvent } from '../src/common/decider.js';
import { DomainError, type ErrorCode } from '../src/common/domain-error.js';

/**
 * given(events).when(command).then(events) / .thenThrows(code, field): a decider scenario
 * read as a sentence. The history is folded with the decider's own evolve, so a scenario
 * also proves that the events it starts from are ones the aggregate accepts.
 */
export function scenario<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return function given(history: E[]) {
    return {
      when(command: C) {
        const state = history.reduce((s, event) => decider.evolve(s, event), decider.initialState);
        const run = () => decider.decide(command, state);
        return {
          /** Returns the events typed as the expected ones, so a test can read their data. */
          then<Expected extends E>(expected: Expected[]): Expected[] {
            const events = run();
            expect(events).toEqual(expected);
            return events as Expected[];
          },
          /** For scenarios about what happens next rather than every field of the events. */
          thenEventTypes(types: Array<E['type']>): E[] {
            const events = run();
            expect(events.map((event) => event.type)).toEqual(types);
            return events;
          },
          thenThrows(code: ErrorCode, field?: string): DomainError {
            let thrown: unknown;
            try {
              run();
            } catch (error) {
              thrown = error;
            }
            expect(thrown).toBeInstanceOf(DomainError);
            const error = thrown as DomainError;
            expect(error.code).toBe(code);
            if (field !== undefined) expect(error.problems.map((p) => p.field)).toContain(field);
            return error;
          },
        };
      },
    };
  };
}

/** The events a decider writes for the commands in turn, each decided on the state the ones before left. */
export function decidedHistory<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, commands: readonly C[]): E[] {
  const events: E[] = [];
  let state = decider.initialState;
  for (const command of commands) {
    for (const event of decider.decide(command, state)) {
      events.push(event);
      state = decider.evolve(state, event);
    }
  }
  return events;
}
