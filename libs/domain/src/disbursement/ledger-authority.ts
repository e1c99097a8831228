import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import type { Actor } from '../common/actor.js';
import { requireReadableToActOn } from '../common/read-scope.js';
import { requireSignedIn } from '../approval/approval-authority.js';
import { targetTableStatusLabels } from '../target-table/target-table-labels.js';
import type { LedgerCommand } from './ledger.commands.js';
import type { LedgerTarget } from './ledger-target.js';
import { rolesHeld, unitOf } from '../common/actor-words.js';

type Baseline = NonNullable<LedgerTarget['baseline']>;

/**
 * The ledger is kept against the approved baseline, by the office (办公室, OFFICE) of the
 * baseline's unit (docs/domain-rules.md). An auditor changes nothing, whatever else it holds.
 */
export function requireLedgerKeeper(command: LedgerCommand, doing: string): Baseline {
  requireSignedIn(command.actor);
  const baseline = approvedBaseline(command);
  const needed = messages.ledger.keeperNeeded({ doing, unitCode: baseline.unitCode });
  const { actor } = command;
  if (hasRole(actor, 'AUDITOR')) {
    throw new DomainError('FORBIDDEN', messages.ledger.auditorChangesNothing(needed));
  }
  if (!hasRole(actor, 'OFFICE')) {
    throw new DomainError('FORBIDDEN', messages.ledger.noOfficeRole({ needed, rolesHeld: rolesHeld(actor) }));
  }
  if (actor.unitCode !== baseline.unitCode) {
    throw new DomainError('FORBIDDEN', messages.ledger.officeElsewhere({ needed, unit: unitOf(actor) }));
  }
  return baseline;
}

function approvedBaseline({ target, projectCode, fiscalYear, actor }: LedgerCommand): Baseline {
  if (target.status === 'NONE') {
    throw new DomainError('NOT_FOUND', messages.ledger.noTable({ projectCode, fiscalYear }));
  }
  if (target.baseline === null) {
    // Without a baseline there is no unit's office to check the actor against: only who may read the table hears how it stands.
    if (target.place !== null) requireReadableToActOn(actor, target.place, messages.targetTable.subject({ projectCode, fiscalYear }));
    throw new DomainError(
      'CONFLICT',
      messages.ledger.neverApproved({ projectCode, fiscalYear, status: target.status, statusLabel: targetTableStatusLabels[target.status] }),
    );
  }
  return target.baseline;
}

function hasRole(actor: Actor, role: string): boolean {
  return Array.isArray(actor.roles) && actor.roles.includes(role);
}
