import { useEffect, useMemo, useState } from 'react';
import { useClient } from 'urql';
import { LEDGER_PAGE, LEDGER_PAGE_SIZE, type LedgerEntry, type LedgerPage } from '../graphql/execution-documents';

interface LedgerKey {
  projectCode: string;
  fiscalYear: number;
  asOf: string | null;
  minPosition: string | null;
}

type Rest = { after: LedgerPage; entries: LedgerEntry[] } | { after: LedgerPage; error: string };

/**
 * Every entry of a ledger in entry order: the first page as the page's own query read it, the
 * others read after it a page at a time. The 台账 with its running totals, and the chart of
 * cumulative spending, are the whole ledger, as the office keeps it on paper (docs/execution.md).
 * `entries` is undefined until every page is read.
 */
export function useWholeLedger(first: LedgerPage | undefined, key: LedgerKey): { entries: LedgerEntry[] | undefined; error: string | null } {
  const client = useClient();
  const [rest, setRest] = useState<Rest | null>(null);
  const { projectCode, fiscalYear, asOf, minPosition } = key;

  useEffect(() => {
    if (first === undefined || !first.pageInfo.hasNextPage) return undefined;
    let cancelled = false;
    void (async () => {
      const entries: LedgerEntry[] = [];
      let after = first.pageInfo.endCursor;
      while (after !== null) {
        const variables = { projectCode, fiscalYear, asOf, minPosition, first: LEDGER_PAGE_SIZE, after };
        const result = await client.query(LEDGER_PAGE, variables, { requestPolicy: 'network-only' }).toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setRest({ after: first, error: result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? '' });
          return;
        }
        const page = result.data.disbursements;
        entries.push(...page.edges.map((edge) => edge.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      }
      setRest({ after: first, entries });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, first, projectCode, fiscalYear, asOf, minPosition]);

  return useMemo(() => {
    if (first === undefined) return { entries: undefined, error: null };
    const own = first.edges.map((edge) => edge.node);
    if (!first.pageInfo.hasNextPage) return { entries: own, error: null };
    if (rest === null || rest.after !== first) return { entries: undefined, error: null };
    if ('error' in rest) return { entries: undefined, error: rest.error };
    return { entries: [...own, ...rest.entries], error: null };
  }, [first, rest]);
}
