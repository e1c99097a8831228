import { InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, type OperationContext } from 'urql';
import { TARGET_TABLES, type TableRow } from '../graphql/documents';
import { useSigned } from '../SessionContext';
import { useLiveChanges } from './review-view';

/**
 * The year and unit a dashboard shows, kept in the address (?year=2022&unit=323001) so a link
 * opens the same view. AUDITOR and ADMIN may choose the whole department (no unit); everyone
 * else sees their own unit, as the API scopes it.
 */
export function useYearAndUnit(): { fiscalYear: number; unitCode: string | null; picker: React.ReactNode } {
  const { session, units } = useSigned();
  const [params, setParams] = useSearchParams();
  const wide = session.user.roles.some((role) => role === 'AUDITOR' || role === 'ADMIN');
  const { fiscalYear, picker: yearPicker } = useYear();
  const unitCode = params.get('unit') ?? (wide ? null : session.user.unitCode);
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(patch)) if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next);
  };
  const picker = (
    <Space wrap>
      {yearPicker}
      <Select
        aria-label="单位"
        style={{ minWidth: 260 }}
        value={unitCode ?? ''}
        onChange={(unit: string) => set({ unit: unit === '' ? null : unit })}
        options={[...(wide ? [{ value: '', label: '全部门汇总' }] : []), ...units.map((unit) => ({ value: unit.unitCode, label: unit.name }))]}
      />
    </Space>
  );
  return { fiscalYear, unitCode, picker };
}

/** The year a list shows, kept in the address (?year=2022) like the dashboards' year; this year by default. */
export function useYear(): { fiscalYear: number; picker: React.ReactNode } {
  const [params, setParams] = useSearchParams();
  const fiscalYear = Number(params.get('year') || new Date().getFullYear());
  const setYear = (year: number) => {
    const next = new URLSearchParams(params);
    next.set('year', String(year));
    setParams(next);
  };
  const picker = <InputNumber aria-label="年度" min={2000} max={2100} value={fiscalYear} onChange={(year) => year && setYear(year)} />;
  return { fiscalYear, picker };
}

/**
 * The approved target tables of the year (and unit): the projects a dashboard lists, reviewed or
 * not yet. Live: on any change of a review, evaluation or table the person may read, these and
 * the dashboard's own view (`refreshView`) are read again.
 */
export function useApprovedTablesLive(fiscalYear: number, unitCode: string | null, refreshView: (context: Partial<OperationContext>) => void): TableRow[] {
  const filter = { fiscalYear, status: 'APPROVED' as const, ...(unitCode ? { unitCode } : {}) };
  const [{ data }, refreshTables] = useQuery({ query: TARGET_TABLES, variables: { filter, first: 100, after: null } });
  const changes = useLiveChanges();
  useEffect(() => {
    if (changes === 0) return;
    refreshView({ requestPolicy: 'network-only' });
    refreshTables({ requestPolicy: 'network-only' });
  }, [changes, refreshView, refreshTables]);
  return data?.targetTables.edges.map(({ node }) => node) ?? [];
}
