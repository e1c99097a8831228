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
