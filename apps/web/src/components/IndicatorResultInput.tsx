import { Input, Radio, Space } from 'antd';
import type { QualitativeGrade } from '../graphql/review-documents';
import { bandInWords, qualitativeGradeLabels, qualitativeGrades } from '../lib/scorecard-preview';

const gradeOptions = qualitativeGrades.map((grade) => ({ value: grade, label: qualitativeGradeLabels[grade] }));

/** What is typed for one indicator's result; empty strings are not yet typed. */
export interface TypedResult {
  actual: string;
  grade: QualitativeGrade | null;
  percent: string;
}

/**
 * 实际完成 of one indicator, as every self-evaluation form takes it (docs/scoring.md): a measured
 * value in the target's unit, or — for a target without a figure — 达成 / 部分达成 / 未达成 and a
 * percent inside the grade's band. `label` names the row for screen readers (第3行, 第3项).
 */
export function IndicatorResultInput({
  index,
  label,
  graded,
  unit,
  typed,
  editable,
  onChange,
}: {
  index: number;
  label: string;
  graded: boolean;
  unit: string | null;
  typed: TypedResult;
  editable: boolean;
  onChange: (patch: Partial<TypedResult>) => void;
}) {
  if (graded) {
    return (
      <Space direction="vertical" size={4}>
        <Radio.Group
          size="small"
          optionType="button"
          disabled={!editable}
          data-testid={`grade-${index}`}
          options={gradeOptions}
          value={typed.grade ?? undefined}
          onChange={(e) => onChange({ grade: e.target.value as QualitativeGrade })}
        />
        <Input
          size="small"
          aria-label={`${label}得分比例`}
          placeholder={typed.grade ? bandInWords(typed.grade) : '先选等级，再填比例（%）'}
          suffix="%"
          disabled={!editable}
          value={typed.percent}
          onChange={(e) => onChange({ percent: e.target.value })}
        />
      </Space>
    );
  }
  return <Input size="small" aria-label={`${label}实际完成值`} suffix={unit ?? undefined} disabled={!editable} value={typed.actual} onChange={(e) => onChange({ actual: e.target.value })} />;
}
