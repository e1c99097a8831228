import { Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';

/**
 * 更正（新版本） of an approved (final) document: asks for the reason and starts the next version,
 * which goes through the chain again while the approved one stays on record (docs/workflow.md,
 * docs/department-evaluation.md). The API decides who may; the page shows it to a preparer.
 */
export function CorrectionButton({ title, busy, correct }: { title: string; busy: boolean; correct: (reason: string) => Promise<boolean> }) {
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button data-testid="correct" onClick={() => setCorrecting(true)}>
        更正（新版本）
      </Button>
      <Modal
        open={correcting}
        title={title}
        okText="开始更正"
        cancelText="取消"
        confirmLoading={busy}
        onCancel={() => setCorrecting(false)}
        onOk={async () => {
          if (await correct(reason.trim())) setCorrecting(false);
        }}
      >
        <Typography.Paragraph type="secondary">更正生成新版本，已定稿的版本和分数保留在案。</Typography.Paragraph>
        <Input.TextArea rows={3} aria-label="更正原因" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
