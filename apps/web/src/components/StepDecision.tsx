import { Button, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import type { Unit } from '../graphql/documents';
import { stepLabels } from '../labels';
import { useSigned } from '../SessionContext';

type Deciding = 'approve' | 'return';
interface DecisionValues {
  comment?: string;
  reason?: string;
  to?: string;
}

/**
 * 通过 with an optional comment, or 退回 with a reason to the preparer or an earlier step: the
 * same dialog for target tables, mid-term reviews and final evaluations.
 */
function DecisionModal({
  deciding,
  stepLabel,
  earlier,
  busy,
  onDecide,
  onCancel,
}: {
  deciding: Deciding | null;
  stepLabel: string;
  earlier: string[];
  busy: boolean;
  /** Answers whether the decision was taken; the form is cleared when it was. */
  onDecide: (deciding: Deciding, values: DecisionValues) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [form] = Form.useForm();
  async function decide() {
    if (deciding === null) return;
    const values = (await form.validateFields()) as DecisionValues;
    if (await onDecide(deciding, values)) form.resetFields();
  }
  return (
    <Modal
      open={deciding !== null}
      title={deciding === 'approve' ? `审核通过 · ${stepLabel}` : `退回 · ${stepLabel}`}
      okText={deciding === 'approve' ? '确认通过' : '确认退回'}
      cancelText="取消"
      confirmLoading={busy}
      onOk={decide}
      onCancel={onCancel}
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
              <Radio.Group options={[{ value: 'PREPARER', label: '经办人' }, ...earlier.map((s) => ({ value: s, label: stepLabels[s] ?? s }))]} />
            </Form.Item>
            <Form.Item label="退回原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写退回原因' }]}>
              <Input.TextArea rows={3} data-testid="return-reason" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/**
 * 通过 / 退回 for the person whose role decides the awaited step, with the dialog: shared by
 * target tables, mid-term reviews and final evaluations. `approve` and `returnTo` send the command
 * and answer whether it was taken.
 */
export function StepDecision({
  status,
  step,
  unit,
  busy,
  approve,
  returnTo,
}: {
  status: string;
  step: { step: string; label: string; role: string } | null;
  unit: Unit | undefined;
  busy: boolean;
  approve: (step: string, comment: string | null) => Promise<boolean>;
  returnTo: (step: string, to: string, reason: string) => Promise<boolean>;
}) {
  const { session } = useSigned();
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  if (status !== 'IN_REVIEW' || step === null || !(session.user.roles as string[]).includes(step.role)) return null;
  const chainSteps = unit?.approvalChain?.steps.map((s) => s.step) ?? [];
  const earlier = chainSteps.slice(0, chainSteps.indexOf(step.step));
  async function decide(kind: Deciding, values: DecisionValues): Promise<boolean> {
    const done = kind === 'approve' ? await approve(step!.step, values.comment?.trim() || null) : await returnTo(step!.step, values.to ?? 'PREPARER', values.reason!.trim());
    if (done) setDeciding(null);
    return done;
  }
  return (
    <>
      <Button type="primary" onClick={() => setDeciding('approve')} data-testid="approve">
        通过
      </Button>
      <Button danger onClick={() => setDeciding('return')} data-testid="return">
        退回
      </Button>
      <DecisionModal deciding={deciding} stepLabel={step.label} earlier={earlier} busy={busy} onDecide={decide} onCancel={() => setDeciding(null)} />
    </>
  );
}
