import { Injectable, type Type } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryReader } from '../directory/directory.reader.js';
import { FinalEvaluation } from '../final-evaluation/final-evaluation.model.js';
import { LedgerEntry } from '../execution/execution.models.js';
import { ProgressReport } from '../midterm-review/midterm-review.model.js';
import { TargetTableVersion } from '../target-table-versions/target-table-version.model.js';
import { StepDecision, TargetTable, TargetTableReturn } from '../target-tables/target-table.model.js';
import { Person } from './person.model.js';

/**
 * Wherever a document names a person by user id, a field beside it gives `{ id, name }`: who may
 * read the document may read the names in it. Names come from the directory as it is now; a
 * deactivated user keeps theirs.
 */
@Injectable()
export class PersonNames {
  constructor(private readonly directory: DirectoryReader) {}

  async person(userId: string | null | undefined): Promise<Person | null> {
    if (userId === null || userId === undefined) return null;
    const nameOf = await this.directory.names();
    return { id: userId, name: nameOf(userId) ?? userId };
  }
}

/** A resolver adding `field: Person` to `type`, read from the user id `idOf` gives. */
function personField<T>(type: Type<T>, field: string, idOf: (parent: T) => string | null, description: string): Type<unknown> {
  @Resolver(() => type)
  class PersonFieldResolver {
    constructor(readonly names: PersonNames) {}

    @ResolveField(field, () => Person, { nullable: true, description })
    resolve(@Parent() parent: T): Promise<Person | null> {
      return this.names.person(idOf(parent));
    }
  }
  Object.defineProperty(PersonFieldResolver, 'name', { value: `${type.name}${field[0]!.toUpperCase()}${field.slice(1)}Resolver` });
  return PersonFieldResolver;
}

export const personFieldResolvers: Array<Type<unknown>> = [
  personField(StepDecision, 'decidedBy', (decision) => decision.by, 'Who decided (审核人), by name.'),
  personField(TargetTableReturn, 'returnedBy', (returned) => returned.by, 'Who returned it (退回人), by name.'),
  personField(TargetTable, 'submitter', (table) => table.submittedBy, 'The latest (re)submitter of the working version (申报人), by name.'),
  personField(TargetTable, 'creator', (table) => table.createdBy, 'Who drafted it (编制人), by name.'),
  personField(TargetTable, 'lastEditor', (table) => table.updatedBy, 'Who changed it last, by name.'),
  personField(TargetTableVersion, 'creator', (version) => version.createdBy, 'Who drafted or proposed it, by name.'),
  personField(TargetTableVersion, 'submitter', (version) => version.submittedBy, 'Its latest (re)submitter, by name.'),
  personField(LedgerEntry, 'recorder', (entry) => entry.recordedBy, 'Who recorded the entry (登记人), by name.'),
  personField(ProgressReport, 'reporter', (report) => report.reportedBy, 'Who reported the progress (填报人), by name.'),
  personField(FinalEvaluation, 'lastEditor', (evaluation) => evaluation.updatedBy, 'Who changed it last, by name.'),
];
