import type { DirectoryEvent } from './directory.events.js';

/**
 * A directory event as views and the audit trail may show it. AUDITOR reads everything,
 * and a password hash is still a secret: it would let anyone who reads it guess offline.
 */
export function withoutSecrets(event: DirectoryEvent): DirectoryEvent {
  switch (event.type) {
    case 'UserRegistered':
    case 'PasswordChanged':
      return { ...event, data: { ...event.data, passwordHash: redactedSecret } } as DirectoryEvent;
    case 'UnitCreated':
    case 'SectionCreated':
    case 'RoleGranted':
    case 'RoleRevoked':
    case 'UserDeactivated':
    case 'ApprovalChainConfigured':
      return event;
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown directory event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

export const redactedSecret = '[redacted]';
