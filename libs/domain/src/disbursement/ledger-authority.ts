import { DomainError } from '../shared/domain-error.js';
import type { TargetTableActor } from '../target-table/target-table-actor.js';
import { requireReadableToActOn } from '../target-table/read-scope.js';
import { requireSignedIn } from '../target-table/target-table-authority.js';
import { targetTableRoleLabels, targetTableStatusLabels } from '../target-table/target-table-labels.js';
import type { LedgerCommand } from './ledger.commands.js';
import type { LedgerTarget } from './ledger-target.js';
import { rolesHeld, unitOf } from '../shared/actor-words.js';

type Baseline = NonNullable<LedgerTarget['baseline']>;

/**
 * The ledger is kept against the approved baseline, by the office (办公室, OFFICE) of the
 * baseline's unit (docs/domain-rules.md). An auditor changes nothing, whatever else it holds.
 */
export function requireLedgerKeeper(command: LedgerCommand, doing: string): Baseline {
  requireSignedIn(command.actor);
  const baseline = approvedBaseline(command);
  const needed = `${doing} needs the office (${targetTableRoleLabels.OFFICE}, role OFFICE) of unit ${baseline.unitCode}`;
  const { actor } = command;
  if (hasRole(actor, 'AUDITOR')) {
    throw new DomainError('FORBIDDEN', `${needed}: auditors (审计, role AUDITOR) read the ledger and change nothing.`);
  }
  if (!hasRole(actor, 'OFFICE')) {
    throw new DomainError('FORBIDDEN', `${needed}: you do not have the OFFICE role (${rolesHeld(actor)}).`);
  }
  if (actor.unitCode !== baseline.unitCode) {
    throw new DomainError('FORBIDDEN', `${needed}: you are the office of ${unitOf(actor)}.`);
  }
  return baseline;
}

function approvedBaseline({ target, projectCode, fiscalYear, actor }: LedgerCommand): Baseline {
  if (target.status === 'NONE') {
    throw new DomainError(
      'NOT_FOUND',
      `There is no target table of project ${projectCode} for ${fiscalYear}: disbursements are recorded against an approved table, so draft, submit and approve it first.`,
    );
  }
  if (target.baseline === null) {
    // Without a baseline there is no unit's office to check the actor against: only who may read the table hears how it stands.
    if (target.place !== null) requireReadableToActOn(actor, target.place, `项目 ${projectCode} 的 ${fiscalYear} 年度绩效目标表`);
    throw new DomainError(
      'CONFLICT',
      `The target table of project ${projectCode} for ${fiscalYear} is ${targetTableStatusLabels[target.status]} (${target.status}) and has never been approved: ` +
        `disbursements are recorded only against an approved table (${targetTableStatusLabels.APPROVED}).`,
    );
  }
  return target.baseline;
}

function hasRole(actor: TargetTableActor, role: string): boolean {
  return Array.isArray(actor.roles) && actor.roles.includes(role);
}
