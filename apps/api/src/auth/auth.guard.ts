import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DirectoryReader } from '../directory/directory.reader.js';
import type { RequestContext } from './authenticated-request.js';
import { PUBLIC_OPERATION } from './public.decorator.js';
import { TokenService } from './token.service.js';

/**
 * Every GraphQL operation but the public ones (login) needs `Authorization: Bearer <token>`.
 * The token says who calls; what they may do is read from the directory on every request,
 * so a deactivated account or a revoked role stops working at once, token or not.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly directory: DirectoryReader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Plain HTTP routes (/health) are not GraphQL operations and stay open.
    if (context.getType<string>() !== 'graphql') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_OPERATION, [context.getHandler(), context.getClass()])) return true;
    const request = GqlExecutionContext.create(context).getContext<RequestContext>().req;
    if (request.actor !== undefined) return true;
    const claims = this.tokens.fromAuthorization(request.headers.authorization);
    request.actor = (await this.directory.actorOf(claims.sub)).actor;
    return true;
  }
}
