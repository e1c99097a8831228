import { Module } from '@nestjs/common';
import { ExecutionModule } from '../execution/execution.module.js';
import { DepartmentEvaluationCommandHandler } from './department-evaluation.command-handler.js';
import { DepartmentEvaluationReader } from './department-evaluation.reader.js';
import { DepartmentEvaluationCommandPayloadResolver, DepartmentEvaluationResolver } from './department-evaluation.resolver.js';
import { DepartmentScoringFactsReader } from './department-scoring-facts.js';

@Module({
  imports: [ExecutionModule],
  providers: [DepartmentScoringFactsReader, DepartmentEvaluationCommandHandler, DepartmentEvaluationReader, DepartmentEvaluationResolver, DepartmentEvaluationCommandPayloadResolver],
  exports: [DepartmentEvaluationReader],
})
export class DepartmentEvaluationModule {}
