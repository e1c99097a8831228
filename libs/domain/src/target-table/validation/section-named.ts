import type { ValidationRule } from './finding.js';

/** The first approval step is the owning section's head, so a table without a section has no one to go to. */
export const sectionNamed: ValidationRule = (content) =>
  content.sectionId === null
    ? [
        {
          code: 'SECTION_MISSING',
          field: 'sectionId',
          message:
            'The table names no owning section (科室): set sectionId to the section of the project, ' +
            'so that its section head (科室负责人审核) can decide it.',
        },
      ]
    : [];
