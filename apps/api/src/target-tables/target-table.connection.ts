import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection.js';
import { TargetTable } from './target-table.model.js';

@ObjectType()
export class TargetTableConnection extends Connection(TargetTable, 'TargetTable') {}
