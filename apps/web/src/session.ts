/** Who is signed in, kept in localStorage so a reload stays signed in until the token expires. */
export interface SessionUser {
  id: string;
  name: string;
  userName: string;
  roles: string[];
  unitCode: string | null;
  sectionId: string | null;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

const key = 'performance-targets.session';

export function loadSession(now = Date.now()): Session | null {
  const raw = localStorage.getItem(key);
  if (raw === null) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (Date.parse(session.expiresAt) <= now) {
      clearSession();
      return null;
    }
    return session;
  } catch {
    clearSession();
    return null;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(key, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(key);
}

const signedOutKey = 'performance-targets.signed-out-because';

/**
 * Why the person was last signed out (expired, revoked), kept for this tab until they sign in
 * again: the sign-out may come from the server closing the live connection a moment before the
 * person reloads the page, and the reason must survive that reload.
 */
export function loadSignedOutReason(): string | null {
  return sessionStorage.getItem(signedOutKey);
}

export function saveSignedOutReason(reason: string | null): void {
  if (reason === null) sessionStorage.removeItem(signedOutKey);
  else sessionStorage.setItem(signedOutKey, reason);
}
