import { messages } from '../messages/messages.js';
import { approvalStepLabel } from '../approval/approval-labels.js';
import type { DelegationEvent } from '../delegation/delegation.js';
import { described, otherSubject, type AuditDescription } from './audit-description.js';

/** A delegation (代理审批) in the trail's words; its subject is the unit, so the unit's office and leader read it. */
export function describeDelegationEvent(event: DelegationEvent): AuditDescription {
  const { unitCode, delegationId } = event.data;
  const subject = otherSubject(null, messages.audit.subject.unit(unitCode), { unitCode });
  switch (event.type) {
    case 'DelegationGranted': {
      const { substituteUserId, delegatorUserId, role, validFrom, validUntil, reason } = event.data;
      const step = messages.approval.step(approvalStepLabel({ step: role, role }));
      const summary = messages.audit.delegated({ substitute: substituteUserId, delegator: delegatorUserId, step, unitCode, from: validFrom, until: validUntil, delegationId });
      return described('DELEGATE', '指定代理', summary, subject, { reason });
    }
    case 'DelegationRevoked':
      return described('DELEGATE', '撤销代理', messages.audit.delegationRevoked({ delegationId }), subject, { reason: event.data.reason });
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown delegation event ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}
