import { Tag } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import { useForwardPosition } from './forward-position';
import { useLiveConnections } from './live-connections';
import { deviationCauseLabels, likelihoodLabels } from '../../../../libs/domain/src/midterm-review/midterm-review-labels';
import { TABLE_CHANGED } from '../graphql/documents';
import { REVIEW_CHANGED, type MidtermExecution, type ReviewChange, type ReviewKey, type ReviewStatus } from '../graphql/review-documents';

/** What the mid-term form offers, in the domain's words (libs/domain midterm-review-labels). */
export const likelihoodOptions = Object.entries(likelihoodLabels).map(([value, label]) => ({ value, label }));
export const causeOptions = Object.entries(deviationCauseLabels).map(([value, label]) => ({ value, label }));

export const reviewStatusColors: Record<ReviewStatus, string> = {
  NOT_OPENED: 'default',
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  RETURNED: 'error',
  APPROVED: 'success',
};

/** The status of a review where the view gives no label of its own (dashboard and roll-up rows). */
export const reviewStatusLabels: Record<ReviewStatus, string> = {
  NOT_OPENED: '仅进度填报',
  DRAFT: '填报中',
  IN_REVIEW: '审核中',
  RETURNED: '已退回',
  APPROVED: '已批准',
};

const lightColors: Record<NonNullable<MidtermExecution['light']>, string> = { RED: 'red', YELLOW: 'gold', GREEN: 'green' };

/** The traffic light (红/黄/绿) as a coloured tag; 未测算 before execution is taken. */
export function LightTag({ light, label }: { light: MidtermExecution['light']; label: string | null }) {
  if (light === null) return <Tag data-testid="light">未测算</Tag>;
  return (
    <Tag color={lightColors[light]} data-testid="light">
      {label ?? light}
    </Tag>
  );
}

/**
 * The position a review page reads at: the last write of this page, or the position of a change
 * of the project's review, evaluation or target table stored meanwhile (reviewChanged,
 * targetTableChanged), so the page re-reads without a reload — e.g. when a decision is taken.
 */
export function useLiveMinPosition(key: ReviewKey, kind: ReviewChange['kind']): [string | null, (position: string) => void] {
  const [minPosition, reach] = useForwardPosition();
  const [{ data: tableChange }] = useSubscription({ query: TABLE_CHANGED });
  const table = tableChange?.targetTableChanged;
  useEffect(() => {
    if (table && table.projectCode === key.projectCode && table.fiscalYear === key.fiscalYear) reach(table.position);
  }, [table, key.projectCode, key.fiscalYear, reach]);
  useReviewChangesReached(key, useMemo(() => [kind], [kind]), reach);
  return [minPosition, reach];
}

/**
 * Has a live page reach (useForwardPosition) the position of each pushed change (reviewChanged)
 * of its document — of one of `kinds`, the key's code and year — so it reads the view as it is
 * once the change is in it.
 */
export function useReviewChangesReached(key: ReviewKey, kinds: ReadonlyArray<ReviewChange['kind']>, reach: (position: string) => void): void {
  const [{ data: reviewChange }] = useSubscription({ query: REVIEW_CHANGED });
  const review = reviewChange?.reviewChanged;
  useEffect(() => {
    if (review && kinds.includes(review.kind) && review.projectCode === key.projectCode && review.fiscalYear === key.fiscalYear) reach(review.position);
  }, [review, kinds, key.projectCode, key.fiscalYear, reach]);
}

/**
 * The form follows what is stored only when the stored values themselves change: another change
 * to the same document (execution taken from the ledger, a decision, a live refresh arriving
 * late) must not wipe what the person is typing.
 */
export function useStoredDraft<T>(stored: T | undefined, apply: (draft: T) => void): void {
  const applied = useRef<string | null>(null);
  const snapshot = stored === undefined ? null : JSON.stringify(stored);
  useEffect(() => {
    if (stored === undefined || snapshot === applied.current) return;
    applied.current = snapshot;
    apply(stored);
    // `stored` is new on every render; its snapshot says whether it changed.
  }, [snapshot, apply]);
}

/** A counter that moves whenever a review, evaluation or target table the person may read changes: dashboards re-read on it. */
export function useLiveChanges(): number {
  const [count, setCount] = useState(0);
  const connections = useLiveConnections();
  const [{ data: tableChange }] = useSubscription({ query: TABLE_CHANGED });
  const [{ data: reviewChange }] = useSubscription({ query: REVIEW_CHANGED });
  useEffect(() => {
    if (tableChange || reviewChange) setCount((n) => n + 1);
  }, [tableChange, reviewChange]);
  return count + connections;
}
