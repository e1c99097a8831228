import { expect } from '@jest/globals';
import type { Caller, RunningApi } from './running-api.js';

/** Mutations of one project's year, answered with their payload, or refused with the first error's code and problems. */
export function reviewCalls(api: () => RunningApi, ref: { projectCode: string; fiscalYear: number }) {
  return {
    async ok(caller: Caller, query: string, input: Record<string, unknown>): Promise<{ position: string } & Record<string, any>> {
      const data = await api().must<Record<string, { position: string }>>(caller, query, { input: { ...ref, ...input } });
      return Object.values(data)[0]!;
    },
    async refused(caller: Caller, query: string, input: Record<string, unknown>) {
      const response = await api().graphql(query, { input: { ...ref, ...input } }, caller);
      expect(response.data).toBeNull();
      const [error] = response.errors!;
      return { code: error!.extensions?.code, message: error!.message, problems: error!.extensions?.problems as Array<{ field: string; message: string }> | undefined };
    },
  };
}
