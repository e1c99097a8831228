import type { Notification, NotificationEvent } from '@app/domain/notification/notification.js';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { Kysely } from 'kysely';
import type { Projection } from '../projection.js';

export const NOTIFICATIONS_PROJECTION = 'notifications';
export const NOTIFICATIONS = 'notifications';
export const NOTIFICATION_READS = 'notification_reads';

/** One row per notification, with its audience in columns for "mine" queries. */
export interface NotificationsTable {
  notification_id: string;
  kind: string;
  /** USER or ROLE. */
  audience_kind: string;
  user_id: string | null;
  role: string | null;
  unit_code: string | null;
  section_id: string | null;
  project_code: string;
  fiscal_year: number;
  notification_json: string;
  created_at: string;
  position: string;
}

export interface NotificationReadsTable {
  user_id: string;
  notification_id: string;
}

async function migrate(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable(NOTIFICATIONS)
    .ifNotExists()
    .addColumn('notification_id', 'text', (column) => column.notNull().primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('audience_kind', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text')
    .addColumn('role', 'text')
    .addColumn('unit_code', 'text')
    .addColumn('section_id', 'text')
    .addColumn('project_code', 'text', (column) => column.notNull())
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('notification_json', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('notifications_by_user').ifNotExists().on(NOTIFICATIONS).columns(['user_id']).execute();
  await db.schema.createIndex('notifications_by_role').ifNotExists().on(NOTIFICATIONS).columns(['unit_code', 'role']).execute();
  await db.schema
    .createTable(NOTIFICATION_READS)
    .ifNotExists()
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('notification_id', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('notification_reads_key').ifNotExists().unique().on(NOTIFICATION_READS).columns(['user_id', 'notification_id']).execute();
}

/** Notifications as issued, and which of them each person has read. */
export const notificationsProjection: Projection = {
  name: NOTIFICATIONS_PROJECTION,
  tables: [NOTIFICATIONS, NOTIFICATION_READS],
  migrate,
  async apply(trx, events: readonly RecordedEvent[]) {
    for (const recorded of events) {
      const event = recorded as unknown as NotificationEvent & { metadata: RecordedEvent['metadata']; position: bigint };
      if (event.type === 'NotificationsIssued') {
        for (const notification of event.data.notifications) {
          await trx
            .insertInto(NOTIFICATIONS)
            .values(rowOf(notification, event.metadata.occurredAt, String(event.position)))
            .onConflict((oc) => oc.column('notification_id').doNothing())
            .execute();
        }
      } else if (event.type === 'NotificationsRead') {
        for (const notificationId of event.data.notificationIds) {
          await trx
            .insertInto(NOTIFICATION_READS)
            .values({ user_id: event.data.userId, notification_id: notificationId })
            .onConflict((oc) => oc.columns(['user_id', 'notification_id']).doNothing())
            .execute();
        }
      }
    }
  },
};

function rowOf(notification: Notification, createdAt: string, position: string): NotificationsTable {
  const { audience } = notification;
  return {
    notification_id: notification.notificationId,
    kind: notification.kind,
    audience_kind: audience.kind,
    user_id: audience.kind === 'USER' ? audience.userId : null,
    role: audience.kind === 'ROLE' ? audience.role : null,
    unit_code: audience.kind === 'ROLE' ? audience.unitCode : null,
    section_id: audience.kind === 'ROLE' ? audience.sectionId : null,
    project_code: notification.projectCode,
    fiscal_year: notification.fiscalYear,
    notification_json: JSON.stringify(notification),
    created_at: createdAt,
    position,
  };
}

export interface NotificationView {
  notification: Notification;
  createdAt: string;
  read: boolean;
  position: string;
}

export interface NotificationReader {
  userId: string;
  roles: readonly string[];
  unitCode: string | null;
  sectionId: string | null;
}

/**
 * A person's notifications, newest first: those addressed to them, and those addressed to a role
 * they hold now in their unit (a section-scoped role: in their section, or of no section).
 */
export async function findMyNotifications(db: Kysely<any>, reader: NotificationReader, options: { unreadOnly: boolean; first: number }): Promise<NotificationView[]> {
  let query = db
    .selectFrom(NOTIFICATIONS)
    .leftJoin(NOTIFICATION_READS, (join) => join.onRef(`${NOTIFICATION_READS}.notification_id`, '=', `${NOTIFICATIONS}.notification_id`).on(`${NOTIFICATION_READS}.user_id`, '=', reader.userId))
    .select([`${NOTIFICATIONS}.notification_json as json`, `${NOTIFICATIONS}.created_at as created_at`, `${NOTIFICATIONS}.position as position`, `${NOTIFICATION_READS}.user_id as read_by`])
    .where((eb) => {
      const mine = [eb(`${NOTIFICATIONS}.user_id`, '=', reader.userId)];
      const unitRoles = reader.roles.filter((role) => role === 'OFFICE' || role === 'LEADER');
      const sectionRoles = reader.roles.filter((role) => role === 'PREPARER' || role === 'SECTION_HEAD');
      if (reader.unitCode !== null && unitRoles.length > 0) mine.push(eb.and([eb('audience_kind', '=', 'ROLE'), eb('unit_code', '=', reader.unitCode), eb('role', 'in', unitRoles)]));
      if (reader.unitCode !== null && sectionRoles.length > 0) {
        const section = reader.sectionId === null ? eb(`${NOTIFICATIONS}.section_id`, 'is', null) : eb.or([eb(`${NOTIFICATIONS}.section_id`, 'is', null), eb(`${NOTIFICATIONS}.section_id`, '=', reader.sectionId)]);
        mine.push(eb.and([eb('audience_kind', '=', 'ROLE'), eb('unit_code', '=', reader.unitCode), eb('role', 'in', sectionRoles), section]));
      }
      return eb.or(mine);
    });
  if (options.unreadOnly) query = query.where(`${NOTIFICATION_READS}.user_id`, 'is', null);
  const rows = (await query.orderBy(`${NOTIFICATIONS}.created_at`, 'desc').orderBy(`${NOTIFICATIONS}.notification_id`).limit(options.first).execute()) as Array<{
    json: string;
    created_at: string;
    position: string;
    read_by: string | null;
  }>;
  return rows.map((row) => ({ notification: JSON.parse(row.json) as Notification, createdAt: row.created_at, read: row.read_by !== null, position: row.position }));
}
