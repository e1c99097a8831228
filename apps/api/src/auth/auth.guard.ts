import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from './authenticated-request.js';
import { CallerAuthentication } from './caller-authentication.js';
import { PUBLIC_OPERATION } from './public.decorator.js';

/**
 * Every GraphQL operation but the public ones (login) needs `Authorization: Bearer <token>`.
 * The token says who calls; what they may do is read from the directory on every request,
 * so a deactivated account or a revoked role stops working at once, token or not. An operation
 * on a graphql-ws socket comes here too, with the socket's token as its header and a request
 * of its own (operationContext), so it is checked against the directory as it is then, not
 * as it was when the socket opened.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: CallerAuthentication,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Plain HTTP routes (/health) are not GraphQL operations and stay open.
    if (context.getType<string>() !== 'graphql') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_OPERATION, [context.getHandler(), context.getClass()])) return true;
    const request = GqlExecutionContext.create(context).getContext<RequestContext>().req;
    // Each root field of one operation is guarded; the operation's request is checked once.
    if (request.actor !== undefined) return true;
    request.actor = (await this.authentication.callerOf(request.headers.authorization)).actor;
    return true;
  }
}
