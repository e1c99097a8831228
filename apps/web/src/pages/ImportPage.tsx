import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { DownloadButton } from '../components/ExportButtons';
import { RefusalAlert } from '../components/RefusalAlert';
import { IMPORT, IMPORT_WORKBOOK, type ImportedTable, type ImportInput, type ImportPayload } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { statusLabels } from '../labels';
import { newCommandId } from '../lib/command-id';
import { exportPath } from '../lib/download';
import { base64Of, decodeText, isWorkbook, type TextEncodingRead } from '../lib/uploaded-file';
import { useSigned } from '../SessionContext';

const outcomeLabels: Record<ImportedTable['outcome'], { label: string; color: string }> = {
  READY: { label: '可导入', color: 'blue' },
  CREATED: { label: '已导入', color: 'green' },
  UNCHANGED: { label: '已存在，未变化', color: 'default' },
  SKIPPED: { label: '未导入', color: 'red' },
};

type Result = { dryRun: boolean } & Omit<ImportPayload, 'position'>;

/** What was chosen: the text in the form (pasted or read from a file), or an .xlsx workbook sent as it is. */
type Chosen = { kind: 'text'; encoding: TextEncodingRead | null } | { kind: 'workbook'; name: string; contentBase64: string };

/** 导入: a published document's text or a filled 目标表 workbook, checked first (预检), then the valid tables imported. */
export function ImportPage() {
  const { units } = useSigned();
  const [form] = Form.useForm();
  const [, send] = useMutation(IMPORT);
  const [, sendWorkbook] = useMutation(IMPORT_WORKBOOK);
  const [chosen, setChosen] = useState<Chosen>({ kind: 'text', encoding: null });
  const year = Form.useWatch('fiscalYear', form) as number | null | undefined;
  const [result, setResult] = useState<Result | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(dryRun: boolean) {
    const values = (await form.validateFields()) as { text: string; fiscalYear?: number; mode: ImportInput['mode']; sectionId?: string; sourceName?: string; importValidOnly: boolean };
    setBusy(true);
    setRefusal(null);
    const options = {
      commandId: newCommandId(),
      fiscalYear: values.fiscalYear ?? null,
      mode: values.mode,
      sectionId: values.sectionId ?? null,
      importValidOnly: values.importValidOnly,
      dryRun,
    };
    const response =
      chosen.kind === 'workbook'
        ? await sendWorkbook({ input: { ...options, contentBase64: chosen.contentBase64, sourceName: values.sourceName?.trim() || chosen.name } })
        : await send({ input: { ...options, text: values.text, sourceName: values.sourceName?.trim() || '粘贴的文本' } });
    setBusy(false);
    const payload = response.data && ('importTargetTableWorkbook' in response.data ? response.data.importTargetTableWorkbook : response.data.importTargetDocument);
    if (response.error || !payload) {
      if (response.error) setRefusal(refusalOf(response.error));
      return;
    }
    setResult({ dryRun, ...payload });
  }

  return (
    <>
      <Typography.Title level={4}>导入绩效目标文件</Typography.Title>
      <Typography.Paragraph type="secondary">
        粘贴或上传公开文件的文本（UTF-8 或 GBK 编码），或上传填好的目标表 Excel，先预检（不保存），确认后导入可读取的目标表。
        <DownloadButton type="link" testId="download-template" path={exportPath('/exports/target-tables/template.xlsx', { fiscalYear: year ?? new Date().getFullYear() })}>
          下载空白目标表模板
        </DownloadButton>
      </Typography.Paragraph>
      {/* A changed document or option needs a new dry run before it is imported. */}
      <Form form={form} layout="vertical" initialValues={{ mode: 'DRAFT', importValidOnly: true }} onValuesChange={() => setResult(null)}>
        <Row gutter={16}>
          <Col span={5}>
            <Form.Item label="年度" name="fiscalYear" tooltip="不填则取文件中的年度">
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} data-testid="import-year" />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label="导入为" name="mode">
              <Radio.Group
                options={[
                  { value: 'DRAFT', label: '草稿' },
                  { value: 'APPROVED', label: '已批准（历史基线）' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="所属科室" name="sectionId">
              <Select allowClear placeholder="默认：本人科室" options={units.flatMap((u) => u.sections.map((s) => ({ value: s.sectionId, label: `${u.name} · ${s.name}` })))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="文件名称" name="sourceName">
              <Input placeholder="如 2022年绩效目标.txt" />
            </Form.Item>
          </Col>
        </Row>
        {chosen.kind === 'workbook' ? (
          <Alert
            type="info"
            showIcon
            closable
            style={{ marginBottom: 16 }}
            data-testid="chosen-workbook"
            title={`已选择 Excel 工作簿：${chosen.name}（每个工作表按项目支出绩效目标表读取）`}
            onClose={() => (setChosen({ kind: 'text', encoding: null }), setResult(null))}
          />
        ) : (
          <Form.Item
            label="文件文本"
            name="text"
            rules={[{ required: true, message: '请粘贴或上传文件文本' }]}
            extra={chosen.encoding && <span data-testid="text-encoding">{chosen.encoding === 'UTF-8' ? '已按 UTF-8 读取' : '已按 GB18030（GBK）读取'}</span>}
          >
            <Input.TextArea rows={8} data-testid="import-text" />
          </Form.Item>
        )}
        <Space style={{ marginBottom: 16 }}>
          <Upload
            accept=".txt,text/plain,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            beforeUpload={async (file) => {
              const bytes = new Uint8Array(await file.arrayBuffer());
              setResult(null);
              if (isWorkbook(file.name)) {
                setChosen({ kind: 'workbook', name: file.name, contentBase64: base64Of(bytes) });
                form.setFieldsValue({ text: undefined, sourceName: file.name });
              } else {
                const { text, encoding } = decodeText(bytes);
                setChosen({ kind: 'text', encoding });
                form.setFieldsValue({ text, sourceName: file.name });
              }
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="import-upload">
              上传文本或 Excel 文件
            </Button>
          </Upload>
          <Form.Item name="importValidOnly" valuePropName="checked" noStyle>
            <Checkbox>只导入可读取的表（其余跳过）</Checkbox>
          </Form.Item>
        </Space>
        <Space style={{ display: 'flex', marginBottom: 16 }}>
          <Button onClick={() => run(true)} loading={busy} data-testid="dry-run">
            预检
          </Button>
          <Button type="primary" onClick={() => run(false)} loading={busy} disabled={result === null || !result.dryRun} data-testid="import">
            导入
          </Button>
        </Space>
      </Form>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      {result && (
        <div data-testid="import-result">
          <Alert
            type={result.dryRun ? 'info' : 'success'}
            showIcon
            style={{ marginBottom: 16 }}
            title={
              result.dryRun
                ? `预检结果（${result.fiscalYear}年度）：${result.tables.filter((t) => t.outcome === 'READY').length} 张可导入，${result.tables.filter((t) => t.outcome === 'SKIPPED').length} 张有问题，${result.failures.length} 处无法读取；尚未保存`
                : `导入完成（${result.fiscalYear}年度）：${result.tables.filter((t) => t.outcome === 'CREATED').length} 张已导入`
            }
          />
          {result.failures.length > 0 && (
            <Alert
              type="error"
              style={{ marginBottom: 16 }}
              title="无法读取的部分"
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {result.failures.map((f, i) => (
                    <li key={i}>
                      {f.cell ? `单元格 ${f.cell}` : `第 ${f.line} 行`}{f.seq !== null ? `（第 ${f.seq} 张表${f.title ? ` ${f.title}` : ''}）` : ''}：{f.message}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <Table<ImportedTable>
            rowKey="seq"
            size="small"
            pagination={false}
            dataSource={result.tables}
            columns={[
              { title: '序号', dataIndex: 'seq', width: 60 },
              {
                title: '项目名称',
                dataIndex: 'name',
                render: (name: string, t) => (t.outcome === 'CREATED' || t.outcome === 'UNCHANGED' ? <Link to={`/target-tables/${result.fiscalYear}/${encodeURIComponent(t.projectCode)}`}>{name}</Link> : name),
              },
              { title: '项目编码', dataIndex: 'projectCode' },
              { title: '行号', dataIndex: 'lines', render: (l: ImportedTable['lines']) => `第 ${l.from}–${l.to} 行` },
              { title: '结果', dataIndex: 'outcome', render: (o: ImportedTable['outcome']) => <Tag color={outcomeLabels[o].color}>{outcomeLabels[o].label}</Tag> },
              { title: '状态', dataIndex: 'status', render: (s: ImportedTable['status']) => (s ? statusLabels[s] : '') },
              {
                title: '异常',
                dataIndex: 'anomalies',
                render: (anomalies: string[], t) => (
                  <>
                    {anomalies.map((a, i) => (
                      <div key={i} style={{ color: '#d46b08' }}>
                        {a}
                      </div>
                    ))}
                    {t.reason && <div style={{ color: '#cf1322' }}>{t.reason}</div>}
                  </>
                ),
              },
            ]}
          />
        </div>
      )}
    </>
  );
}
