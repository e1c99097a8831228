import { Button, Form, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { APPROVE, RESUBMIT, RETURN, SUBMIT, WITHDRAW, type TargetTable, type Unit } from '../graphql/documents';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { stepLabels } from '../labels';
import { newCommandId } from '../lib/command-id';
import { useSigned } from '../SessionContext';

/**
 * What the signed-in person may do with the table now: 通过 / 退回 at the step they decide,
 * 撤回 by the submitter, 修改 / 提交 by the preparer, 调整 after approval. The API decides; a
 * refusal comes back to the page as it is.
 */
export function DecisionPanel({
  table,
  unit,
  onDone,
  onRefused,
}: {
  table: TargetTable;
  unit: Unit | undefined;
  onDone: (position: string) => void;
  onRefused: (refusal: Refusal) => void;
}) {
  const { session } = useSigned();
  const roles = session.user.roles as string[];
  const key = { projectCode: table.projectCode, fiscalYear: table.fiscalYear };
  const [, approve] = useMutation(APPROVE);
  const [, returnTable] = useMutation(RETURN);
  const [, submit] = useMutation(SUBMIT);
  const [, resubmit] = useMutation(RESUBMIT);
  const [, withdraw] = useMutation(WITHDRAW);
  const [deciding, setDeciding] = useState<'approve' | 'return' | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const base = `/target-tables/${table.fiscalYear}/${encodeURIComponent(table.projectCode)}`;

  async function run<T>(send: () => Promise<{ data?: T; error?: import('urql').CombinedError }>, position: (data: T) => string): Promise<boolean> {
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (result.error || !result.data) {
      if (result.error) onRefused(refusalOf(result.error));
      return false;
    }
    onDone(position(result.data));
    return true;
  }

  const step = table.currentStep;
  const decides = table.status === 'IN_REVIEW' && step !== null && roles.includes(step.role);
  const chainSteps = unit?.approvalChain?.steps.map((s) => s.step) ?? [];
  const earlier = step ? chainSteps.slice(0, chainSteps.indexOf(step.step)) : [];
  const isPreparer = roles.includes('PREPARER');
  const editable = table.status === 'DRAFT' || table.status === 'RETURNED' || table.status === 'ADJUSTING';

  async function decide() {
    const values = (await form.validateFields()) as { comment?: string; reason?: string; to?: string };
    const done =
      deciding === 'approve'
        ? await run(
            () => approve({ input: { ...key, commandId: newCommandId(), step: step!.step, comment: values.comment?.trim() || null } }),
            (d) => d.approveTargetTableStep.position,
          )
        : await run(
            () => returnTable({ input: { ...key, commandId: newCommandId(), step: step!.step, to: values.to ?? 'PREPARER', reason: values.reason!.trim() } }),
            (d) => d.returnTargetTable.position,
          );
    if (done) {
      setDeciding(null);
      form.resetFields();
    }
  }

  return (
    <Space wrap data-testid="decision-panel">
      {decides && (
        <>
          <Button type="primary" onClick={() => setDeciding('approve')} data-testid="approve">
            通过
          </Button>
          <Button danger onClick={() => setDeciding('return')} data-testid="return">
            退回
          </Button>
        </>
      )}
      {isPreparer && editable && (
        <>
          <Link to={`${base}/edit`}>
            <Button data-testid="edit">修改</Button>
          </Link>
          <Button
            type="primary"
            loading={busy}
            data-testid="submit"
            onClick={() =>
              table.status === 'RETURNED'
                ? run(() => resubmit({ input: { ...key, commandId: newCommandId() } }), (d) => d.resubmitTargetTable.position)
                : run(() => submit({ input: { ...key, commandId: newCommandId() } }), (d) => d.submitTargetTable.position)
            }
          >
            {table.status === 'RETURNED' ? '重新提交' : '提交审核'}
          </Button>
        </>
      )}
      {isPreparer && table.status === 'IN_REVIEW' && (
        <Button loading={busy} data-testid="withdraw" onClick={() => run(() => withdraw({ input: { ...key, commandId: newCommandId() } }), (d) => d.withdrawTargetTableSubmission.position)}>
          撤回
        </Button>
      )}
      {isPreparer && table.status === 'APPROVED' && (
        <Link to={`${base}/adjust`}>
          <Button data-testid="adjust">调整</Button>
        </Link>
      )}
      <Link to={`${base}/versions`}>
        <Button>版本与对比</Button>
      </Link>
      <Modal
        open={deciding !== null}
        title={deciding === 'approve' ? `审核通过 · ${step?.label ?? ''}` : `退回 · ${step?.label ?? ''}`}
        okText={deciding === 'approve' ? '确认通过' : '确认退回'}
        cancelText="取消"
        confirmLoading={busy}
        onOk={decide}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ to: 'PREPARER' }}>
          {deciding === 'approve' ? (
            <Form.Item label="审核意见（可选）" name="comment">
              <Input.TextArea rows={3} data-testid="approve-comment" />
            </Form.Item>
          ) : (
            <>
              <Form.Item label="退回给" name="to">
                <Radio.Group
                  options={[{ value: 'PREPARER', label: '经办人' }, ...earlier.map((s) => ({ value: s, label: stepLabels[s] ?? s }))]}
                />
              </Form.Item>
              <Form.Item label="退回原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写退回原因' }]}>
                <Input.TextArea rows={3} data-testid="return-reason" />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
