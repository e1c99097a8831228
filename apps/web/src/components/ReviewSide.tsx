import { Card, Descriptions } from 'antd';
import type { Unit } from '../graphql/documents';
import type { ReviewKey, ReviewStep } from '../graphql/review-documents';
import { sectionName, useSigned } from '../SessionContext';
import { ApprovalChain } from './ApprovalChain';
import { HistoryTimeline } from './HistoryTimeline';

type Review = ReviewKey & { status: string; currentStep: ReviewStep | null; unitCode: string; sectionId: string | null; baselineVersion: number; position: string };

/** Whose review it is and which approved targets it measures against. */
export function ReviewFacts({ review, unit }: { review: Review; unit: Unit | undefined }) {
  const { units } = useSigned();
  return (
    <Descriptions size="small" column={2} bordered style={{ marginTop: 16 }}>
      <Descriptions.Item label="单位">{unit?.name ?? review.unitCode}</Descriptions.Item>
      <Descriptions.Item label="科室">{sectionName(units, review.sectionId)}</Descriptions.Item>
      <Descriptions.Item label="目标表版本">第 {review.baselineVersion} 版（已批准）</Descriptions.Item>
      <Descriptions.Item label="项目编码">{review.projectCode}</Descriptions.Item>
    </Descriptions>
  );
}

/** The chain a mid-term review or final evaluation goes through, and who did what to it. */
export function ReviewChainCards({
  review,
  unit,
  documentKind,
  minPosition,
}: {
  review: Review;
  unit: Unit | undefined;
  documentKind: 'MIDTERM_REVIEW' | 'FINAL_EVALUATION';
  minPosition: string | null;
}) {
  return (
    <>
      <Card size="small" title="审批流程" style={{ marginBottom: 16 }}>
        <ApprovalChain table={review} unit={unit} />
      </Card>
      <Card size="small" title="办理记录">
        <HistoryTimeline filter={{ projectCode: review.projectCode, fiscalYear: review.fiscalYear, documentKind }} minPosition={minPosition ?? review.position} />
      </Card>
    </>
  );
}
