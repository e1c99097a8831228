import { App, Button, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useSigned } from '../SessionContext';
import { downloadExport } from '../lib/download';

/**
 * A button that downloads GET /exports/<path> with the session's token (docs/exports.md):
 * every download of the console goes through it, so a refusal shows as the API words it.
 */
export function DownloadButton({ path, testId = 'download-xlsx', children = '下载 Excel', type }: { path: string; testId?: string; children?: ReactNode; type?: 'link' | 'default' }) {
  const { session } = useSigned();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      type={type}
      loading={busy}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          await downloadExport(path, session.token);
        } catch (error) {
          void message.error((error as Error).message);
        } finally {
          setBusy(false);
        }
      }}
    >
      {children}
    </Button>
  );
}

/**
 * 打印: the print view of the form an export path gives (`/exports/<form>` without its
 * extension, with its query), opened beside the page: `/print/<form>` draws `/exports/<form>.json`.
 */
export function PrintButton({ form, testId = 'print-view' }: { form: string; testId?: string }) {
  const [path, query] = form.split('?', 2) as [string, string | undefined];
  return (
    <Button data-testid={testId} href={`/print${path.replace(/^\/exports/, '')}${query ? `?${query}` : ''}`} target="_blank">
      打印
    </Button>
  );
}

/** 下载 Excel and 打印 for a document: `kind` as the export paths name it (target-tables, midterm-reviews, final-evaluations). */
export function ExportButtons({ kind, fiscalYear, projectCode }: { kind: string; fiscalYear: number; projectCode: string }) {
  const base = `/exports/${kind}/${fiscalYear}/${encodeURIComponent(projectCode)}`;
  return (
    <Space>
      <DownloadButton path={`${base}.xlsx`} />
      <PrintButton form={base} />
    </Space>
  );
}
