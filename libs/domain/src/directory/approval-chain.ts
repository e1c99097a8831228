import { messages } from '../messages/messages.js';
import type { FieldProblem } from '../common/domain-error.js';
import { allRoles, isRole, type Role } from './roles.js';

/**
 * A unit's approval chain (审核流程): the ordered steps a submission passes. The step says
 * where the decision is taken (the table's section, or the unit's office or leadership),
 * the role says who may take it.
 */

export const approvalStepKinds = ['SECTION', 'OFFICE', 'LEADER'] as const;

export type ApprovalStepKind = (typeof approvalStepKinds)[number];

export interface ApprovalChainStep {
  step: ApprovalStepKind;
  role: Role;
}

export interface ApprovalChain {
  /** 1 for the chain a unit is created with; each configuration adds one. */
  version: number;
  steps: ApprovalChainStep[];
}

/** What the API sends: text that is checked here, so an unknown value is named, not cast. */
export interface ApprovalChainStepInput {
  step: string;
  role: string;
}

/** By default the section head decides, then the office (docs/workflow.md, approval chains). */
export const defaultApprovalChainSteps: ReadonlyArray<ApprovalChainStep> = [
  { step: 'SECTION', role: 'SECTION_HEAD' },
  { step: 'OFFICE', role: 'OFFICE' },
];

/**
 * Which documents a chain routes. A unit has one chain per kind: PROJECT for the documents of
 * its projects (target tables, mid-term reviews, final evaluations) — every chain configured
 * before kinds existed — and DEPARTMENT_TARGETS for the department's overall targets
 * (部门整体绩效目标, docs/department-targets.md), which no section owns.
 */
export const approvalDocumentKinds = ['PROJECT', 'DEPARTMENT_TARGETS'] as const;

export type ApprovalDocumentKind = (typeof approvalDocumentKinds)[number];

export function isApprovalDocumentKind(value: unknown): value is ApprovalDocumentKind {
  return typeof value === 'string' && (approvalDocumentKinds as ReadonlyArray<string>).includes(value);
}

/** The chain of a kind a unit uses until one is configured: the department's document goes 办公室 → 单位负责人. */
export const defaultApprovalChainStepsOf: Readonly<Record<ApprovalDocumentKind, ReadonlyArray<ApprovalChainStep>>> = {
  PROJECT: defaultApprovalChainSteps,
  DEPARTMENT_TARGETS: [
    { step: 'OFFICE', role: 'OFFICE' },
    { step: 'LEADER', role: 'LEADER' },
  ],
};

/**
 * A section step is decided inside the table's own section, so only a section-scoped
 * deciding role fits it; the office and leader steps are decided for the whole unit.
 */
const rolesFittingStep: Record<ApprovalStepKind, ReadonlyArray<Role>> = {
  SECTION: ['SECTION_HEAD'],
  OFFICE: ['OFFICE', 'LEADER'],
  LEADER: ['LEADER', 'OFFICE'],
};

const stepList = approvalStepKinds.join(', ');
const roleList = allRoles.join(', ');

export interface ApprovalChainReading {
  steps: ApprovalChainStep[];
  /** Empty when the chain is acceptable. */
  problems: FieldProblem[];
}

/**
 * Checks a chain as sent; every problem is named with its field so one answer lists them all.
 * A chain of the department's document has no section step: no section owns that document.
 */
export function readApprovalChainSteps(input: unknown, kind: ApprovalDocumentKind = 'PROJECT'): ApprovalChainReading {
  if (!Array.isArray(input) || input.length === 0) {
    return {
      steps: [],
      problems: [
        {
          field: 'steps',
          message: messages.directory.chain.empty,
        },
      ],
    };
  }
  const problems: FieldProblem[] = [];
  const steps: ApprovalChainStep[] = [];
  const firstIndexOf = new Map<ApprovalStepKind, number>();
  input.forEach((given: unknown, index) => {
    const entry = (typeof given === 'object' && given !== null ? given : {}) as Partial<Record<'step' | 'role', unknown>>;
    const field = `steps[${index}]`;
    const step = entry.step;
    const role = entry.role;
    const stepKnown = typeof step === 'string' && (approvalStepKinds as ReadonlyArray<string>).includes(step);
    if (!stepKnown) {
      problems.push({ field: `${field}.step`, message: messages.directory.chain.notAStep({ given: JSON.stringify(step ?? null), steps: stepList }) });
    }
    if (!isRole(role)) {
      problems.push({ field: `${field}.role`, message: messages.directory.chain.notARole({ given: JSON.stringify(role ?? null), roles: roleList }) });
    }
    if (!stepKnown || !isRole(role)) return;
    const stepKind = step as ApprovalStepKind;
    const earlier = firstIndexOf.get(stepKind);
    if (earlier !== undefined) {
      problems.push({
        field: `${field}.step`,
        message: messages.directory.chain.repeated({ step: stepKind, earlier: earlier + 1 }),
      });
      return;
    }
    firstIndexOf.set(stepKind, index);
    if (stepKind === 'SECTION' && kind === 'DEPARTMENT_TARGETS') {
      problems.push({ field: `${field}.step`, message: messages.directory.chain.noSectionStep });
      return;
    }
    const fitting = rolesFittingStep[stepKind];
    if (!fitting.includes(role)) {
      problems.push({
        field: `${field}.role`,
        message: messages.directory.chain.roleCannotDecide({ role, step: stepKind, fitting }),
      });
      return;
    }
    steps.push({ step: stepKind, role });
  });
  if (!input.some((given: unknown) => (given as { step?: unknown } | null)?.step === 'OFFICE')) {
    problems.push({
      field: 'steps',
      message: messages.directory.chain.officeMissing,
    });
  }
  return { steps, problems };
}

export function sameApprovalSteps(a: ReadonlyArray<ApprovalChainStep>, b: ReadonlyArray<ApprovalChainStep>): boolean {
  return a.length === b.length && a.every((step, i) => step.step === b[i]?.step && step.role === b[i]?.role);
}
