import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Result, Row, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { IndicatorEditor } from '../components/IndicatorEditor';
import { MoneyInput, moneyRule } from '../components/MoneyInput';
import { RefusalAlert } from '../components/RefusalAlert';
import { TargetTableSheet } from '../components/TargetTableSheet';
import { ADJUST, DRAFT, REVISE, SUBMIT, TARGET_TABLE, type TargetTable } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { newCommandId } from '../lib/command-id';
import { contentInputOf, emptyFormValues, formPathOf, formValuesOf, type ContentFormValues } from '../lib/content-form';
import { emptyIndicator, type IndicatorRow } from '../lib/indicator-rows';
import { useSigned } from '../SessionContext';

type Mode = 'draft' | 'revise' | 'adjust';

const titles: Record<Mode, string> = { draft: '新建目标表', revise: '修改目标表', adjust: '调整已批准的目标表' };

/** Drafting, revising and adjusting (经办人): every field of the form; the API's problems appear beside them. */
export function TargetTableEditPage({ mode }: { mode: Mode }) {
  const params = useParams();
  const location = useLocation();
  const key = mode === 'draft' ? null : { projectCode: params.projectCode!, fiscalYear: Number(params.fiscalYear) };
  // Coming from a save on the new-table form: read that write.
  const minPosition = (location.state as { minPosition?: string } | null)?.minPosition ?? null;
  const [{ data, error }] = useQuery({ query: TARGET_TABLE, variables: { ...(key ?? { projectCode: '', fiscalYear: 0 }), minPosition }, pause: key === null, requestPolicy: 'network-only' });
  if (key !== null && error) return <Result status="warning" title="无法读取目标表" subTitle={error.message} />;
  if (key !== null && !data) return <Spin />;
  return <Editor mode={mode} table={data?.targetTable ?? null} />;
}

function Editor({ mode, table }: { mode: Mode; table: TargetTable | null }) {
  const { session, units, indicatorLevels } = useSigned();
  const client = useClient();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [indicators, setIndicators] = useState<IndicatorRow[]>(() => table?.indicators.map(({ target: _target, ...row }) => row) ?? [emptyIndicator('产出指标', '数量指标')]);
  const location = useLocation();
  const [refusal, setRefusal] = useState<Refusal | null>(() => (location.state as { refusal?: Refusal } | null)?.refusal ?? null);
  const [busy, setBusy] = useState(false);
  const initial: ContentFormValues & { projectCode?: string; fiscalYear?: number; reason?: string } =
    table === null ? { ...emptyFormValues(session.user.unitCode ?? units[0]?.unitCode ?? '', session.user.sectionId), fiscalYear: new Date().getFullYear() } : formValuesOf(table);
  const unitCode = Form.useWatch('unitCode', form) as string | undefined;
  const unit = units.find((u) => u.unitCode === (unitCode ?? initial.unitCode));

  useEffect(() => {
    // Problems the API named go beside their fields; they clear as the person edits.
    if (refusal === null) return;
    form.setFields(refusal.problems.filter((p) => !p.field.startsWith('indicators')).map((p) => ({ name: formPathOf(p.field), errors: [p.message] })));
  }, [refusal, form]);

  async function save(andSubmit: boolean) {
    setRefusal(null);
    let values: ContentFormValues & { projectCode: string; fiscalYear: number; reason?: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const content = contentInputOf(values, unit?.name ?? values.unitCode, indicators);
    const tableKey = table === null ? { projectCode: values.projectCode.trim(), fiscalYear: values.fiscalYear } : { projectCode: table.projectCode, fiscalYear: table.fiscalYear };
    setBusy(true);
    const saved =
      mode === 'draft'
        ? await client.mutation(DRAFT, { input: { ...tableKey, commandId: newCommandId(), content } }).toPromise()
        : mode === 'adjust'
          ? await client.mutation(ADJUST, { input: { ...tableKey, commandId: newCommandId(), content, reason: values.reason?.trim() ?? '' } }).toPromise()
          : await client.mutation(REVISE, { input: { ...tableKey, commandId: newCommandId(), content } }).toPromise();
    if (saved.error || !saved.data) {
      setBusy(false);
      if (saved.error) setRefusal(refusalOf(saved.error));
      return;
    }
    let position = Object.values(saved.data)[0]!.position;
    if (andSubmit) {
      const submitted = await client.mutation(SUBMIT, { input: { ...tableKey, commandId: newCommandId() } }).toPromise();
      if (submitted.error || !submitted.data) {
        setBusy(false);
        if (submitted.error) setRefusal(refusalOf(submitted.error));
        // Saved, not submitted: stay on the form (switching a new table's form to revising) so the person fixes what blocks.
        if (mode === 'draft') {
          navigate(`/target-tables/${tableKey.fiscalYear}/${encodeURIComponent(tableKey.projectCode)}/edit`, {
            replace: true,
            state: { refusal: submitted.error ? refusalOf(submitted.error) : null, minPosition: position },
          });
        }
        return;
      }
      position = submitted.data.submitTargetTable.position;
    }
    setBusy(false);
    navigate(`/target-tables/${tableKey.fiscalYear}/${encodeURIComponent(tableKey.projectCode)}`, { state: { minPosition: position } });
  }

  const editor = (
    <Form form={form} layout="vertical" initialValues={initial} data-testid="target-table-form">
      {mode === 'draft' && (
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="项目编码" name="projectCode" rules={[{ required: true, whitespace: true, message: '请填写项目编码' }]}>
              <Input placeholder="如 13052922P00584010316P" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="年度" name="fiscalYear" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {mode === 'adjust' && (
        <Form.Item label="调整原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写调整原因' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <Form.Item label="项目名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="实施单位" name="unitCode" rules={[{ required: true, message: '请选择单位' }]}>
            <Select disabled={mode !== 'draft'} options={units.map((u) => ({ value: u.unitCode, label: `${u.name}（${u.unitCode}）` }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="科室" name="sectionId">
            <Select allowClear options={(unit?.sections ?? []).map((s) => ({ value: s.sectionId, label: s.name }))} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>项目资金（可按万元或元填写，精确到分）</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        {(
          [
            ['total', '资金总额', false],
            ['fiscal', '其中：财政资金', false],
            ['other', '其他资金', true],
          ] as const
        ).map(([field, label, optional]) => (
          <Col span={8} key={field}>
            <Form.Item label={label} name={['budget', field]} rules={[moneyRule(optional)]}>
              <MoneyInput testId={`budget-${field}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item label="资金用途" name="purpose" rules={[{ required: true, whitespace: true, message: '请填写资金用途' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Typography.Text strong>资金支出计划（累计）</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        {(
          [
            ['mar', '3月底'],
            ['jun', '6月底'],
            ['oct', '10月底'],
            ['dec', '12月底'],
          ] as const
        ).map(([month, label]) => (
          <Col span={6} key={month}>
            <Form.Item label={label} name={['spendingPlan', month]} rules={[moneyRule(true)]}>
              <MoneyInput testId={`plan-${month}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Typography.Text strong>年度目标</Typography.Text>
      <Form.List name="goals">
        {(fields, { add, remove }) => (
          <div style={{ marginTop: 8 }}>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={field.name} style={{ width: 720 }}>
                  <Input.TextArea rows={1} autoSize aria-label={`年度目标${index + 1}`} placeholder={`${index + 1}.`} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="删除目标" />}
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} style={{ marginBottom: 16 }}>
              添加目标
            </Button>
          </div>
        )}
      </Form.List>
      <Typography.Text strong>绩效指标</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <IndicatorEditor rows={indicators} onChange={setIndicators} choices={indicatorLevels} problems={refusal?.problems ?? []} />
      </div>
      <Space style={{ marginTop: 24 }}>
        <Button onClick={() => save(false)} loading={busy} data-testid="save-draft">
          {mode === 'adjust' ? '保存调整草稿' : '保存草稿'}
        </Button>
        <Button type="primary" onClick={() => save(true)} loading={busy} data-testid="save-submit">
          保存并提交
        </Button>
      </Space>
    </Form>
  );

  return (
    <>
      <Typography.Title level={4}>{titles[mode]}</Typography.Title>
      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      {mode === 'adjust' && table !== null ? (
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card size="small" title={`已批准的基线（第 ${table.baseline?.version ?? table.version} 版）`} data-testid="baseline">
              <TargetTableSheet content={table.baseline ?? table} projectCode={table.projectCode} fiscalYear={table.fiscalYear} unitName={table.unitName} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title="调整方案">
              {editor}
            </Card>
          </Col>
        </Row>
      ) : (
        editor
      )}
    </>
  );
}
