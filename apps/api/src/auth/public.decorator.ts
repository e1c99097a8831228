import { SetMetadata } from '@nestjs/common';

export const PUBLIC_OPERATION = 'auth:public';

/** An operation anyone may call without a token; today only `login`. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_OPERATION, true);
