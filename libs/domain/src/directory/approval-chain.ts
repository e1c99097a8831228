import { messages } from '../messages/messages.js';
import type { FieldProblem } from '../shared/domain-error.js';
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

/** Checks a chain as sent; every problem is named with its field so one answer lists them all. */
export function readApprovalChainSteps(input: unknown): ApprovalChainReading {
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
    const kind = step as ApprovalStepKind;
    const earlier = firstIndexOf.get(kind);
    if (earlier !== undefined) {
      problems.push({
        field: `${field}.step`,
        message: messages.directory.chain.repeated({ step: kind, earlier: earlier + 1 }),
      });
      return;
    }
    firstIndexOf.set(kind, index);
    const fitting = rolesFittingStep[kind];
    if (!fitting.includes(role)) {
      problems.push({
        field: `${field}.role`,
        message: messages.directory.chain.roleCannotDecide({ role, step: kind, fitting }),
      });
      return;
    }
    steps.push({ step: kind, role });
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
