import { messages } from '@app/domain';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, switchMap, type Observable } from 'rxjs';
import { ProjectionsService } from '../storage/projections.service.js';
import { ApiError } from './api-error.js';

export const MIN_POSITION_HEADER = 'x-min-position';

/**
 * A query made with `minPosition` (argument) or the x-min-position header waits, with a
 * bound, until the views have applied that position: a client reads its own writes.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(private readonly projections: ProjectionsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo().parentType.name !== 'Query') return next.handle();

    const args = gql.getArgs<{ minPosition?: string }>();
    const request = gql.getContext<{ req?: { headers: Record<string, string | string[] | undefined> } }>().req;
    const header = request?.headers[MIN_POSITION_HEADER];
    const requested = args.minPosition ?? (Array.isArray(header) ? header[0] : header);
    if (requested === undefined || requested === '') return next.handle();
    return from(this.projections.reach(parsePosition(requested))).pipe(switchMap(() => next.handle()));
  }
}

export function parsePosition(text: string): bigint {
  if (!/^\d{1,30}$/.test(text)) {
    throw new ApiError('VALIDATION', messages.api.notAPosition(text));
  }
  return BigInt(text);
}
