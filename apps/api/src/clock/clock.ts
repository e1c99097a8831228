import { Injectable } from '@nestjs/common';

/**
 * The API's time: when a command is decided, a sign-in attempted, a token expires, a view is
 * read "as of now". One provider, so that a test can move time instead of sleeping.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
