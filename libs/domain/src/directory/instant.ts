/** Instants cross the domain as ISO-8601 text with an offset, so that no reading depends on a local time zone. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds of an instant such as 2022-03-01T08:00:00Z; NaN if the text is not one. */
export function instantMs(text: unknown): number {
  return typeof text === 'string' && isoInstant.test(text) ? Date.parse(text) : Number.NaN;
}
