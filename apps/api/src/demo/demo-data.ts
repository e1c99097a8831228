import { readFileSync } from 'node:fs';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { hashPassword } from '@app/auth';
import { activeAdmins, directoryDecider, directoryStreamId, type DirectoryCommand } from '@app/domain';
import type { Actor, EventStore } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import { TargetDocumentImporter } from '../target-documents/target-document-importer.js';
import { demoDefaultSection, demoPassword, demoSections, demoSectionsByProject, demoUnits, demoUsers } from './demo-directory.js';
import { loadsDemoData } from './first-start.js';
import { seedDocumentName, seedDocumentPath } from './seed-document.js';

const system: Actor = { userId: 'system', displayName: 'system', roles: [], unitCode: null, sectionId: null };

/**
 * On the first start of an empty embedded store (unless DEMO_DATA=false), a newcomer finds a
 * populated system: the demo department and the seed document's 15 tables as approved 2022
 * baselines. Emptiness is seen before any start-up hook writes (the bootstrap administrator),
 * so the demo data is loaded once, on the very first start only.
 */
@Injectable()
export class DemoData implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');
  private firstStart = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly streams: AggregateStreams,
    private readonly directory: DirectoryReader,
    private readonly importer: TargetDocumentImporter,
  ) {}

  async onModuleInit(): Promise<void> {
    this.firstStart = await loadsDemoData(this.config, this.store);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.firstStart) return;
    const admin = await this.createDirectory();
    const report = await this.importer.import({
      text: readFileSync(seedDocumentPath(), 'utf8'),
      fiscalYear: 2022,
      mode: 'APPROVED',
      sourceName: seedDocumentName,
      sectionId: demoDefaultSection,
      sectionsByProject: demoSectionsByProject,
      importValidOnly: false,
      actor: admin,
      correlationId: 'demo-data',
    });
    this.logger.log(`Loaded the demo department and ${report.tables.length} approved 2022 target tables; sign in as ${demoUsers.map((user) => user.userName).join(', ')} (password ${demoPassword}).`);
  }

  /** The units, sections and users; returns the demo administrator as the actor of the import. */
  private async createDirectory(): Promise<Actor> {
    const passwordHash = await hashPassword(demoPassword, this.config.passwordHashCost);
    const demoAdmin = demoUsers.find((user) => user.role === 'ADMIN')!;
    const adminId = 'demo-admin';
    const existing = activeAdmins((await this.directory.current()).state)[0];
    // The bootstrap administrator, when one was registered, builds the demo; otherwise the demo's own.
    const actor = { userId: existing?.userId ?? adminId };
    const users = existing === undefined ? demoUsers.filter((user) => user !== demoAdmin) : demoUsers;
    const commands: DirectoryCommand[] = [
      ...(existing === undefined
        ? [{ type: 'BootstrapAdmin' as const, userId: adminId, userName: demoAdmin.userName, displayName: demoAdmin.displayName, passwordHash }]
        : []),
      ...demoUnits.map((unit) => ({ type: 'CreateUnit' as const, actor, ...unit })),
      ...demoSections.map((section) => ({ type: 'CreateSection' as const, actor, ...section })),
      ...users.flatMap(({ userName, displayName, unitCode, sectionId, role }): DirectoryCommand[] => {
        const userId = role === 'ADMIN' ? adminId : `demo-${userName}`;
        return [
          { type: 'RegisterUser', actor, userId, userName, displayName, unitCode, sectionId, passwordHash },
          { type: 'GrantRole', actor, userId, role },
        ];
      }),
    ];
    for (const [index, command] of commands.entries()) {
      const commandId = `demo-directory-${index}`;
      await this.streams.execute(directoryStreamId, directoryDecider, command, { commandId, correlationId: 'demo-data', causationId: commandId, actor: system, now: new Date().toISOString() });
    }
    const admin = (await this.directory.current()).state.users.get(adminId)!;
    return { userId: admin.userId, displayName: admin.displayName, roles: [...admin.roles], unitCode: admin.unitCode, sectionId: admin.sectionId };
  }
}
