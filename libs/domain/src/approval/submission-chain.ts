import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import type { WorkflowRole } from '../common/actor.js';

/** The roles that decide approval steps; a preparer prepares and never decides. */
export type DecidingRole = Exclude<WorkflowRole, 'PREPARER'>;

export const decidingRoles: ReadonlyArray<DecidingRole> = ['SECTION_HEAD', 'OFFICE', 'LEADER'];

/** One step of the chain, e.g. { step: 'OFFICE', role: 'OFFICE' }: the role decides it. */
export interface SubmissionChainStep {
  step: string;
  role: DecidingRole;
}

/**
 * The unit's approval chain as it was when a version was submitted. The application reads it
 * from the directory and passes it in; the table keeps it, so a chain configured later does
 * not reroute a review already under way.
 */
export interface SubmissionChain {
  chainId: string;
  chainVersion: number;
  steps: SubmissionChainStep[];
}

/** What the application sends: the directory's steps fit as they are, roles being checked here. */
export interface SubmissionChainInput {
  chainId: string;
  chainVersion: number;
  steps: ReadonlyArray<{ step: string; role: string }>;
}

/** Which chain a decision was taken under, as decision events record it. */
export interface SubmissionChainRef {
  chainId: string;
  chainVersion: number;
}

/** `ReturnTargetTable.to` names an earlier step or this, so no step may be called so. */
export const returnToPreparer = 'PREPARER';

export function chainRef({ chainId, chainVersion }: SubmissionChain): SubmissionChainRef {
  return { chainId, chainVersion };
}

export interface SubmissionChainReading {
  chain: SubmissionChain;
  /** Empty when the chain can route a submission; otherwise `chain` is not to be used. */
  problems: FieldProblem[];
}

export function readSubmissionChain(input: unknown): SubmissionChainReading {
  if (!isRecord(input)) {
    return {
      chain: { chainId: '', chainVersion: 0, steps: [] },
      problems: [{ field: 'chain', message: messages.approval.chain.required }],
    };
  }
  const problems: FieldProblem[] = [];
  const chainId = typeof input.chainId === 'string' ? input.chainId : '';
  if (chainId.trim() === '') {
    problems.push({ field: 'chain.chainId', message: messages.approval.chain.idRequired });
  }
  const chainVersion = typeof input.chainVersion === 'number' ? input.chainVersion : Number.NaN;
  if (!Number.isInteger(chainVersion) || chainVersion < 1) {
    problems.push({ field: 'chain.chainVersion', message: messages.approval.chain.version(String(input.chainVersion)) });
  }
  const given: unknown[] = Array.isArray(input.steps) ? input.steps : [];
  if (given.length === 0) {
    problems.push({ field: 'chain.steps', message: messages.approval.chain.stepsRequired });
  }
  const steps = given.map((step, i) => readStep(step, `chain.steps[${i}]`, problems));
  steps.forEach(({ step }, i) => {
    if (step !== '' && steps.findIndex((other) => other.step === step) < i) {
      problems.push({ field: `chain.steps[${i}].step`, message: messages.approval.chain.stepRepeated(step) });
    }
  });
  return { chain: { chainId, chainVersion, steps }, problems };
}

/** The chain a submission goes to, or VALIDATION naming every problem of it. */
export function submittableChain(input: unknown): SubmissionChain {
  const { chain, problems } = readSubmissionChain(input);
  if (problems.length > 0) throw DomainError.validation(problems);
  return chain;
}

function readStep(input: unknown, at: string, problems: FieldProblem[]): SubmissionChainStep {
  const given = isRecord(input) ? input : {};
  const step = typeof given.step === 'string' ? given.step : '';
  if (step.trim() === '') {
    problems.push({ field: `${at}.step`, message: messages.approval.chain.stepIdRequired });
  } else if (step === returnToPreparer) {
    problems.push({ field: `${at}.step`, message: messages.approval.chain.stepIsPreparer });
  }
  const role = decidingRoles.find((known) => known === given.role);
  if (role === undefined) {
    problems.push({ field: `${at}.role`, message: messages.approval.chain.roleCannotDecide({ given: JSON.stringify(given.role ?? null), roles: decidingRoles }) });
  }
  // With a problem recorded the chain is refused, so the stand-in role is never used.
  return { step, role: role ?? 'OFFICE' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
