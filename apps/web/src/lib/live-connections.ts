import { useEffect, useState } from 'react';
import { liveConnection } from '../graphql/client';

/**
 * A counter that moves each time the live connection is (re)established: a view kept live by a
 * subscription reads itself again on it, for what was stored while nothing was pushed to it.
 */
export function useLiveConnections(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const connected = () => setCount((n) => n + 1);
    liveConnection.addEventListener('connected', connected);
    return () => liveConnection.removeEventListener('connected', connected);
  }, []);
  return count;
}
