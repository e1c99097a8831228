import { useCallback, useState } from 'react';

/**
 * The position a live page reads at, moved only ever forward: a change pushed late (older than
 * the page's own last write) must not have the page read a view that has not reached that write.
 */
export function useForwardPosition(): [string | null, (position: string) => void] {
  const [position, setPosition] = useState<string | null>(null);
  const reach = useCallback((next: string) => setPosition((current) => (current !== null && BigInt(current) >= BigInt(next) ? current : next)), []);
  return [position, reach];
}
