/** A fresh command id for one attempt: a retry of the same click reuses it, a new click gets a new one. */
export function newCommandId(): string {
  return crypto.randomUUID();
}
