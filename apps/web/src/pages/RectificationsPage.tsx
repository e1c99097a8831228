import { Button, Card, Col, Empty, Form, Input, Modal, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DueTag } from '../components/DueTag';
import { RefusalAlert } from '../components/RefusalAlert';
import {
  ADD_RECTIFICATION_EVIDENCE,
  CLOSE_RECTIFICATION,
  RECORD_AUDIT_FINDING,
  RECTIFICATIONS,
  REPORT_RECTIFIED,
  RETURN_RECTIFICATION,
  START_RECTIFICATION,
  type Rectification,
  type RectificationStatus,
} from '../graphql/deadline-documents';
import type { Role } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { newCommandId } from '../lib/command-id';
import { useYearAndUnit } from '../lib/year-and-unit';
import { sectionName, useSigned } from '../SessionContext';

const statusColors: Record<RectificationStatus, string> = { PENDING: 'red', IN_PROGRESS: 'processing', RECTIFIED: 'green', CLOSED: 'default' };

/** One action of a row: what it asks for in words, and which roles see it (the API still decides). */
type ActionKind = 'start' | 'evidence' | 'report' | 'close' | 'return';
const actions: Record<ActionKind, { label: string; field: string; required: boolean; when: RectificationStatus[]; roles: Role[] }> = {
  start: { label: '开始整改', field: '整改措施', required: true, when: ['PENDING'], roles: ['PREPARER', 'SECTION_HEAD', 'OFFICE', 'LEADER'] },
  evidence: { label: '添加佐证', field: '佐证说明', required: true, when: ['IN_PROGRESS'], roles: ['PREPARER', 'SECTION_HEAD', 'OFFICE', 'LEADER'] },
  report: { label: '报告已整改', field: '整改情况及佐证', required: true, when: ['IN_PROGRESS'], roles: ['PREPARER', 'SECTION_HEAD', 'OFFICE', 'LEADER'] },
  close: { label: '销号', field: '销号意见', required: false, when: ['RECTIFIED'], roles: ['OFFICE', 'LEADER'] },
  return: { label: '退回整改', field: '退回理由', required: true, when: ['RECTIFIED'], roles: ['OFFICE', 'LEADER'] },
};

/**
 * 整改台账 (docs/deadlines-and-rectification.md): a unit's rectifications of a year, open and most
 * overdue first, worked here to 已销号; an auditor enters a finding by hand.
 */
export function RectificationsPage() {
  const { session, units } = useSigned();
  const roles = session.user.roles as Role[];
  const { fiscalYear, unitCode, picker } = useYearAndUnit();
  const [minPosition, setMinPosition] = useState<string | undefined>(undefined);
  const [{ data, error, fetching }] = useQuery({ query: RECTIFICATIONS, variables: { fiscalYear, unitCode, minPosition }, requestPolicy: 'network-only' });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [acting, setActing] = useState<{ kind: ActionKind; item: Rectification } | null>(null);
  const [finding, setFinding] = useState(false);
  const [text, setText] = useState('');
  const [, start] = useMutation(START_RECTIFICATION);
  const [, evidence] = useMutation(ADD_RECTIFICATION_EVIDENCE);
  const [, report] = useMutation(REPORT_RECTIFIED);
  const [, close] = useMutation(CLOSE_RECTIFICATION);
  const [, send] = useMutation(RETURN_RECTIFICATION);
  const [, record] = useMutation(RECORD_AUDIT_FINDING);
  const [findingForm] = Form.useForm<{ projectCode: string; finding: string; measure?: string; dueDate: string }>();

  const done = (result: { error?: import('urql').CombinedError; data?: Record<string, { position: string }> | null }): boolean => {
    if (result.error) {
      setRefusal(refusalOf(result.error));
      return false;
    }
    setRefusal(null);
    const payload = result.data ? Object.values(result.data)[0] : undefined;
    if (payload) setMinPosition(payload.position);
    return true;
  };

  const act = async () => {
    if (!acting) return;
    const { kind, item } = acting;
    const ref = { commandId: newCommandId(), projectCode: item.projectCode, fiscalYear: item.fiscalYear, itemId: item.itemId };
    const result =
      kind === 'start'
        ? await start({ input: { ...ref, measure: text } })
        : kind === 'evidence'
          ? await evidence({ input: { ...ref, note: text } })
          : kind === 'report'
            ? await report({ input: { ...ref, note: text } })
            : kind === 'close'
              ? await close({ input: { ...ref, comment: text || null } })
              : await send({ input: { ...ref, reason: text } });
    if (done(result)) setActing(null);
  };

  const recordFinding = async () => {
    const values = await findingForm.validateFields();
    const result = await record({ input: { commandId: newCommandId(), fiscalYear, projectCode: values.projectCode.trim(), finding: values.finding, measure: values.measure || null, dueDate: values.dueDate } });
    if (done(result)) {
      setFinding(false);
      findingForm.resetFields();
    }
  };

  const list = data?.rectifications;
  return (
    <>
      <Typography.Title level={4}>整改台账</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {picker}
        {roles.includes('AUDITOR') && (
          <Button type="primary" onClick={() => setFinding(true)} data-testid="record-finding">
            登记审计发现
          </Button>
        )}
      </Space>
      <RefusalAlert refusal={refusal ?? (error ? refusalOf(error) : null)} onClose={() => setRefusal(null)} />
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="rectification-counts">
        <Col>
          <Card size="small"><Statistic title="未销号" value={list?.openCount ?? 0} suffix="项" /></Card>
        </Col>
        <Col>
          <Card size="small"><Statistic title="已逾期" value={list?.overdueCount ?? 0} suffix="项" /></Card>
        </Col>
        <Col>
          <Card size="small"><Statistic title="已销号" value={list?.closedCount ?? 0} suffix="项" /></Card>
        </Col>
      </Row>
      <Table<Rectification>
        data-testid="rectifications"
        rowKey={(item) => `${item.fiscalYear}-${item.projectCode}-${item.itemId}`}
        loading={fetching && !data}
        dataSource={list?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="本年度没有整改事项" /> }}
        columns={[
          { title: '项目', dataIndex: 'name', render: (name: string, item) => `${name}（${item.projectCode}）` },
          { title: '来源', key: 'source', render: (_: unknown, item) => <Tag>{item.source.label}</Tag> },
          { title: '问题', key: 'finding', render: (_: unknown, item) => item.source.finding },
          { title: '责任科室', dataIndex: 'ownerSectionId', render: (id: string | null) => sectionName(units, id) || '全单位' },
          { title: '整改措施', dataIndex: 'measure', render: (measure: string | null) => measure ?? '—' },
          { title: '佐证', key: 'evidence', render: (_: unknown, item) => item.evidence.map((note, index) => <div key={index}>{note.note}</div>) },
          { title: '截止日期', key: 'due', render: (_: unknown, item) => (item.due ? <DueTag due={item.due} /> : item.dueDate) },
          { title: '状态', dataIndex: 'status', render: (status: RectificationStatus, item) => <Tag color={statusColors[status]} data-testid="rectification-status">{item.statusLabel}</Tag> },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, item) => (
              <Space wrap>
                {(Object.keys(actions) as ActionKind[])
                  .filter((kind) => actions[kind].when.includes(item.status) && actions[kind].roles.some((role) => roles.includes(role)))
                  .map((kind) => (
                    <Button key={kind} size="small" danger={kind === 'return'} onClick={() => (setText(''), setActing({ kind, item }))}>
                      {actions[kind].label}
                    </Button>
                  ))}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={acting !== null}
        title={acting ? `${actions[acting.kind].label}：${acting.item.name}` : ''}
        okText={acting ? `确认${actions[acting.kind].label}` : '确认'}
        cancelText="取消"
        okButtonProps={{ disabled: acting !== null && actions[acting.kind].required && text.trim() === '' }}
        onOk={() => void act()}
        onCancel={() => setActing(null)}
        destroyOnHidden
      >
        {acting && (
          <Form layout="vertical">
            <Form.Item label={actions[acting.kind].field} required={actions[acting.kind].required}>
              <Input.TextArea aria-label={actions[acting.kind].field} rows={3} value={text} onChange={(event) => setText(event.target.value)} />
            </Form.Item>
          </Form>
        )}
      </Modal>
      <Modal open={finding} title="登记审计发现" okText="确认登记" cancelText="取消" onOk={() => void recordFinding()} onCancel={() => setFinding(false)}>
        <Form form={findingForm} layout="vertical">
          <Form.Item name="projectCode" label="项目编码" rules={[{ required: true, message: '请填写项目编码' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="finding" label="审计发现的问题" rules={[{ required: true, message: '请填写问题' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="measure" label="整改要求（可选）">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="dueDate" label="整改期限" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/u, message: '请按 YYYY-MM-DD 填写' }]}>
            <Input placeholder="YYYY-MM-DD" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
