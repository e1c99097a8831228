import { Injectable } from '@nestjs/common';
import { verifyPassword } from '@app/auth';

/**
 * The password check of a sign-in. For a name that belongs to nobody it does the same work
 * against a dummy hash (verifyPassword with null) and answers false, so that neither the
 * answer nor the time taken tells which names exist. A class of its own so that the work
 * done per attempt can be watched.
 */
@Injectable()
export class PasswordVerifier {
  matches(plain: string, passwordHash: string | null): Promise<boolean> {
    return verifyPassword(plain, passwordHash);
  }
}
