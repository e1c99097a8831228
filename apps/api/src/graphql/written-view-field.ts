/**
 * How a mutation payload declares a field that reads a view of what the mutation wrote. Once
 * a command has appended, the answer must say so: a view that cannot be read then (not
 * reached in time, or refusing the caller) leaves that field null with the reason among the
 * response's errors, never the whole payload — otherwise a stored write would look refused and
 * its retry would be taken for a new command.
 */
export function writtenViewField(what: string) {
  return {
    nullable: true,
    description: `${what} as the views show it once they have reached \`position\`; null, with the reason among the errors, when it cannot be read — what was written stands (see position and replayed).`,
  } as const;
}
