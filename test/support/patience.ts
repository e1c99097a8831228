/**
 * How long a wait that must succeed may take — views catching up, a condition coming true: a
 * bound against hangs, not a speed check. It is met at once on an idle machine; a shared two-core
 * machine at load 20 has needed more than 5 s.
 */
export const patienceMs = 60_000;
