import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { PeopleResolver } from './people.resolver.js';
import { PersonNames, personFieldResolvers } from './person-fields.resolver.js';

/** People by name: the `Person` fields beside the user ids documents keep, and the `people` query. */
@Module({
  imports: [DirectoryModule],
  providers: [PersonNames, PeopleResolver, ...personFieldResolvers],
})
export class PeopleModule {}
