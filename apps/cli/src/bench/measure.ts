/** One figure a part of the bench checks against its goal, as the table prints it. */
export interface GoalRow {
  figure: string;
  measured: string;
  goal: string;
  met: boolean;
}

/** What a bench part measured: its figures, each checked against its goal, and the details written to the JSON. */
export interface PartFigures {
  rows: GoalRow[];
  result: Record<string, unknown>;
}

/** Runs `work` and returns how many operations per second it did, by the wall clock. */
export async function ratePerSecond(operations: number, work: () => Promise<void> | void): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return operations / seconds;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Alternates the contenders round by round, so that whatever else the shared machine is
 * doing falls on both alike; each contender's figure is its median over the rounds.
 */
export async function sideBySide(rounds: number, contenders: Record<string, () => Promise<number>>): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, run] of Object.entries(contenders)) samples[name]!.push(await run());
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}
