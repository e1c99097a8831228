import type { DepartmentTargets } from '@app/domain/department-targets/department-targets.state.js';

/**
 * A row's document (state_json) as this build reads it, both where the view continues it and
 * where it is read. Rows written before progress reports existed keep no `progress`: no report
 * could precede them, so theirs is an empty list (docs/department-targets.md, progress).
 */
export function storedDepartmentTargets(stateJson: string): DepartmentTargets {
  const stored = JSON.parse(stateJson) as Omit<DepartmentTargets, 'progress'> & Partial<Pick<DepartmentTargets, 'progress'>>;
  return { ...stored, progress: stored.progress ?? [] };
}
