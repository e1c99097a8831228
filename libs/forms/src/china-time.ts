/** China Standard Time is UTC+8 all year (no daylight saving); forms are dated where the department is. */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** "2022-07-31 18:00" in China for an instant (ISO text or Date). */
export function chinaDateTime(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) return String(instant);
  return new Date(ms + chinaOffsetMs).toISOString().slice(0, 16).replace('T', ' ');
}
