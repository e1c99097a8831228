import { Injectable } from '@nestjs/common';

/**
 * The time sign-in works with: when an attempt is made, whether a token has expired. One
 * provider, so that a test can move time forward instead of sleeping through a lock.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
