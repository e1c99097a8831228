import { isOpenRectification } from '@app/domain/rectification/rectification.js';
import { rectificationEventTypes, type RectificationEvent } from '@app/domain/rectification/rectification.events.js';
import { evolveRectification, initialRectificationState, type RectificationState } from '@app/domain/rectification/rectification.state.js';
import { streamStateProjection } from '../stream-state/stream-state-projection.js';
import { migrateRectifications, RECTIFICATIONS, RECTIFICATIONS_PROJECTION, type RectificationsTable } from './rectification-schema.js';

/** One row per project and year: its rectifications as the domain folds them, with the open count for lists and roll-ups. */
export const rectificationsProjection = streamStateProjection<RectificationState, RectificationsTable>({
  name: RECTIFICATIONS_PROJECTION,
  table: RECTIFICATIONS,
  migrate: migrateRectifications,
  eventTypes: rectificationEventTypes,
  initialState: initialRectificationState,
  evolve: (state, event) => evolveRectification(state, event as RectificationEvent),
  rowOf(state, last) {
    if (state.status !== 'TRACKED') return null;
    return {
      project_code: state.projectCode,
      fiscal_year: state.fiscalYear,
      unit_code: state.place.unitCode,
      section_id: state.place.sectionId,
      name: state.place.name,
      open_count: state.items.filter(isOpenRectification).length,
      total_count: state.items.length,
      state_json: JSON.stringify(state),
      updated_at: last.metadata.occurredAt,
      position: String(last.position),
    };
  },
});
