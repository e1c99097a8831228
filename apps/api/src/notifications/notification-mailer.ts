import { createRequire } from 'node:module';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { messages, notificationDecider, notificationReadsStreamId, type Notification, type NotificationEvent } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import type { NotificationItem } from './notifications.model.js';
import { addressedTo } from './addressed-to.js';

/** The part of nodemailer (which ships no types) the mailer uses. */
interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close(): void;
}
const nodemailer = createRequire(import.meta.url)('nodemailer') as { createTransport(url: string): MailTransport };

/**
 * E-mails each new notification to the people it is for who gave an address
 * (setNotificationEmail), through SMTP_URL when it is set; without it nothing is sent and nothing
 * else changes. A failed delivery is logged, never retried into a second notification.
 */
@Injectable()
export class NotificationMailer implements OnModuleDestroy {
  private readonly logger = new Logger('NotificationMailer');
  private readonly transport: MailTransport | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: DirectoryReader,
  ) {
    this.transport = config.smtpUrl === undefined ? null : nodemailer.createTransport(config.smtpUrl);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  async send(notification: Notification, item: NotificationItem): Promise<void> {
    if (this.transport === null) return;
    const { state } = await this.directory.current();
    const people = [...state.users.values()].filter((user) => user.active && addressedTo(notification.audience, user));
    for (const person of people) {
      const address = await this.addressOf(person.userId);
      if (address === null) continue;
      try {
        await this.transport.sendMail({
          from: this.config.smtpFrom ?? 'perf-targets@localhost',
          to: address,
          subject: messages.notification.mailSubject(item.title),
          text: [item.title, item.body ?? '', `${item.fiscalYear} ${item.projectCode}`].filter((line) => line !== '').join('\n'),
        });
      } catch (error) {
        this.logger.error(`Could not e-mail notification ${notification.notificationId}`, error instanceof Error ? error.stack : String(error));
      }
    }
  }

  private async addressOf(userId: string): Promise<string | null> {
    const history = await this.store.readStream(notificationReadsStreamId(userId));
    return history.reduce((state, event) => notificationDecider.evolve(state, event as unknown as NotificationEvent), notificationDecider.initialState).email;
  }
}
