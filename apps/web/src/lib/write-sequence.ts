import { useState } from 'react';
import type { CombinedError } from 'urql';
import { refusalOf, type Refusal } from '../graphql/refusal';

/** What a command mutation answers: the position it wrote, under the mutation's name. */
export type WriteAnswer = { data?: Record<string, { position: string }>; error?: CombinedError };

/**
 * 保存 of a self-evaluation form is several commands (results, weights, explanations): they are
 * sent in order and the first refusal stops the rest, so nothing is written after a refusal the
 * person has not seen. The page then reads at the last position written, whether all went through
 * or not, so it shows what was stored.
 */
export function useWriteSequence(onWritten: (position: string) => void, onRefused: (refusal: Refusal | null) => void) {
  const [busy, setBusy] = useState(false);
  async function sendAll(writes: Array<() => Promise<WriteAnswer>>): Promise<boolean> {
    setBusy(true);
    let last: string | null = null;
    try {
      for (const write of writes) {
        const result = await write();
        if (result.error || !result.data) {
          if (result.error) onRefused(refusalOf(result.error));
          return false;
        }
        last = Object.values(result.data)[0]!.position;
      }
      onRefused(null);
      return true;
    } finally {
      setBusy(false);
      if (last !== null) onWritten(last);
    }
  }
  return { busy, sendAll };
}
