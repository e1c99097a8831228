import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { level1Labels, level2Choices } from '@app/domain';
import { IndicatorLevel1Kind } from './target-table.model.js';

@ObjectType({ description: 'A level-1 indicator (一级指标) and the level 2s (二级指标) that belong to it, as a form offers them.' })
export class IndicatorLevelChoice {
  @Field(() => IndicatorLevel1Kind) kind!: IndicatorLevel1Kind;
  @Field({ description: 'e.g. 产出指标' }) label!: string;
  @Field(() => [String], { description: 'e.g. 数量指标, 质量指标, 时效指标, 成本指标' }) level2!: string[];
}

@Resolver()
export class IndicatorLevelsResolver {
  @Query(() => [IndicatorLevelChoice], { description: 'The indicator levels a target table is written with: each 一级指标 with its 二级指标, in form order.' })
  indicatorLevels(): IndicatorLevelChoice[] {
    return (Object.keys(level1Labels) as Array<keyof typeof level1Labels>).map((kind) => ({
      kind: IndicatorLevel1Kind[kind],
      label: level1Labels[kind],
      level2: [...level2Choices[kind]],
    }));
  }
}
