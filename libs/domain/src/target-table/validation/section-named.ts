import { messages } from '../../messages/messages.js';
import type { ValidationRule } from './finding.js';

/** The first approval step is the owning section's head, so a table without a section has no one to go to. */
export const sectionNamed: ValidationRule = (content) =>
  content.sectionId === null
    ? [
        {
          code: 'SECTION_MISSING',
          field: 'sectionId',
          message: messages.validation.sectionMissing,
        },
      ]
    : [];
