/**
 * Messages name people by name, but the domain knows them by id: a message marks each person
 * it names, and the application, which reads the directory, puts the name in (namePeople)
 * before anyone reads it. A user id holds only letters, digits, '-' and '_', so the marker
 * cannot be confused with text.
 */
const marker = /\{\{person:([A-Za-z0-9_:.-]+)\}\}/gu;

export function personMarker(userId: string): string {
  return `{{person:${userId}}}`;
}

/** The ids a text names, in order of appearance. */
export function peopleNamed(text: string): string[] {
  return [...text.matchAll(marker)].map(([, userId]) => userId as string);
}

/** The text with each marked person named by `nameOf`, or by their id when the directory has no name. */
export function namePeople(text: string, nameOf: (userId: string) => string | undefined): string {
  return text.replace(marker, (_, userId: string) => nameOf(userId) ?? userId);
}
