import { messages } from '../messages/messages.js';

/** The fixed lists of the mid-term review form (绩效运行监控表), with the words printed on it. */

export type Likelihood = 'CERTAIN' | 'POSSIBLE' | 'IMPOSSIBLE';

export const likelihoodLabels: Readonly<Record<Likelihood, string>> = {
  CERTAIN: '确定能',
  POSSIBLE: '有可能',
  IMPOSSIBLE: '完全不可能',
};

export type DeviationCause = 'FUNDING' | 'POLICY' | 'STAFFING' | 'FACILITIES' | 'OTHER';

export const deviationCauseLabels: Readonly<Record<DeviationCause, string>> = {
  FUNDING: '经费保障',
  POLICY: '制度保障',
  STAFFING: '人员保障',
  FACILITIES: '硬件条件保障',
  OTHER: '其他',
};

export function isLikelihood(value: unknown): value is Likelihood {
  return typeof value === 'string' && Object.hasOwn(likelihoodLabels, value);
}

export function isDeviationCause(value: unknown): value is DeviationCause {
  return typeof value === 'string' && Object.hasOwn(deviationCauseLabels, value);
}

export function listOf(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([code, label]) => messages.midterm.choice({ code, label }))
    .join(messages.midterm.choiceSeparator);
}
