import { hundredthsOf, percentOf } from './exact-ratio.js';

/**
 * The traffic light of budget execution (docs/execution.md):
 * ratio = (spent / budget) / (elapsed months / 12) × 100; below `yellowFrom` red, from
 * `yellowFrom` to below `greenFrom` yellow, from `greenFrom` green. The ratio is rounded to two
 * decimals (half away from zero) and the light is read from the rounded figure, so the light
 * always agrees with the number people see beside it.
 */
export type TrafficLight = 'RED' | 'YELLOW' | 'GREEN';

export const trafficLightLabels: Readonly<Record<TrafficLight, string>> = { RED: '红', YELLOW: '黄', GREEN: '绿' };

/** Percent values as decimal strings with at most two decimals. */
export interface LightThresholds {
  yellowFrom: string;
  greenFrom: string;
}

export const defaultLightThresholds: LightThresholds = { yellowFrom: '60', greenFrom: '80' };

const thresholdPattern = /^\d{1,4}(?:\.\d{1,2})?$/;

/** "60,80" → thresholds; throws a message saying how to write them. */
export function parseLightThresholds(text: string): LightThresholds {
  const parts = text.split(',').map((part) => part.trim());
  const advice = 'write the yellow and the green threshold in percent, separated by a comma, e.g. "60,80"';
  if (parts.length !== 2 || !parts.every((part) => thresholdPattern.test(part))) {
    throw new RangeError(`"${text}" are not traffic-light thresholds: ${advice}`);
  }
  const [yellowFrom, greenFrom] = parts as [string, string];
  if (hundredthsOf(yellowFrom) >= hundredthsOf(greenFrom)) {
    throw new RangeError(`"${text}": the yellow threshold ${yellowFrom} must be below the green threshold ${greenFrom}; ${advice}`);
  }
  return { yellowFrom, greenFrom };
}

/** The light ratio in percent, or null when there is no budget or no month has elapsed yet. */
export function lightRatio(spentFen: bigint, budgetFen: bigint, months: number): string | null {
  if (budgetFen <= 0n || months <= 0) return null;
  return percentOf(spentFen * 12n, budgetFen * BigInt(months));
}

export function lightOf(ratio: string, thresholds: LightThresholds): TrafficLight {
  const value = hundredthsOf(ratio);
  if (value < hundredthsOf(thresholds.yellowFrom)) return 'RED';
  if (value < hundredthsOf(thresholds.greenFrom)) return 'YELLOW';
  return 'GREEN';
}

