import { Button, Card, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { Likelihood } from '../graphql/review-documents';
import { newCommandId } from '../lib/command-id';
import { likelihoodOptions } from '../lib/review-view';

/** One report as the form gives it; the forecast is null where the form does not ask for it or it is left empty. */
export interface ProgressEntry {
  commandId: string;
  value: string;
  asOf: string;
  note: string | null;
  expectedFullYear: string | null;
  likelihood: Likelihood | null;
}

const empty = { indicator: null, value: '', asOf: '', note: '', expectedFullYear: '', likelihood: null };

/**
 * 进度填报: what one indicator has reached, as of a date, with a note — a project's indicator on
 * its monitoring page, a department's on its monitoring tab. `forecast` adds the expected
 * full-year value and the likelihood, which the department's report carries
 * (docs/department-targets.md, progress). No indicator picked is sent as null for the API to refuse.
 */
export function ProgressForm({
  indicators,
  busy,
  forecast = false,
  send,
}: {
  indicators: Array<{ key: string; label: string }>;
  busy: boolean;
  forecast?: boolean;
  send: (indicator: string | null, entry: ProgressEntry) => Promise<boolean>;
}) {
  const [progress, setProgress] = useState<{ indicator: string | null; value: string; asOf: string; note: string; expectedFullYear: string; likelihood: Likelihood | null }>(empty);
  return (
    <Card size="small" title="进度填报" style={{ marginBottom: 16 }}>
      <Space wrap>
        <Select
          aria-label="填报指标"
          placeholder="选择指标"
          style={{ width: 220 }}
          value={progress.indicator ?? undefined}
          options={indicators.map((row) => ({ value: row.key, label: row.label }))}
          onChange={(indicator: string) => setProgress((p) => ({ ...p, indicator }))}
        />
        <Input aria-label="已完成值" placeholder="已完成值" style={{ width: 120 }} value={progress.value} onChange={(e) => setProgress((p) => ({ ...p, value: e.target.value }))} />
        <Input aria-label="截至日期" placeholder="截至日期 2022-06-30" style={{ width: 170 }} value={progress.asOf} onChange={(e) => setProgress((p) => ({ ...p, asOf: e.target.value }))} />
        {forecast && (
          <>
            <Input aria-label="全年预计" placeholder="全年预计（可选）" style={{ width: 140 }} value={progress.expectedFullYear} onChange={(e) => setProgress((p) => ({ ...p, expectedFullYear: e.target.value }))} />
            <Select
              aria-label="实现可能性"
              placeholder="实现可能性（可选）"
              allowClear
              style={{ width: 160 }}
              value={progress.likelihood ?? undefined}
              options={likelihoodOptions}
              onChange={(likelihood?: Likelihood) => setProgress((p) => ({ ...p, likelihood: likelihood ?? null }))}
            />
          </>
        )}
        <Input aria-label="说明" placeholder="说明（可选）" style={{ width: 220 }} value={progress.note} onChange={(e) => setProgress((p) => ({ ...p, note: e.target.value }))} />
        <Button
          loading={busy}
          data-testid="report-progress"
          onClick={async () => {
            const sent = await send(progress.indicator, {
              commandId: newCommandId(),
              value: progress.value.trim(),
              asOf: progress.asOf.trim(),
              note: progress.note.trim() || null,
              expectedFullYear: progress.expectedFullYear.trim() || null,
              likelihood: progress.likelihood,
            });
            if (sent) setProgress(empty);
          }}
        >
          填报进度
        </Button>
      </Space>
    </Card>
  );
}
