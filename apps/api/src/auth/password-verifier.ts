import { Inject, Injectable } from '@nestjs/common';
import { verifyPassword } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/**
 * The password check of a sign-in. For a name that belongs to nobody it does the same work
 * against a dummy hash (verifyPassword with null) and answers false, so that neither the
 * answer nor the time taken tells which names exist. A class of its own so that the work
 * done per attempt can be watched.
 */
@Injectable()
export class PasswordVerifier {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** At the configured cost, so that a name nobody has costs what a real check costs. */
  matches(plain: string, passwordHash: string | null): Promise<boolean> {
    return verifyPassword(plain, passwordHash, this.config.passwordHashCost);
  }
}
