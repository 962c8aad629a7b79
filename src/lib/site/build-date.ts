/**
 * "Today" for the build: SOURCE_DATE_EPOCH (seconds) when set, as reproducible
 * builds expect, otherwise the clock. Used to pick this month's book.
 */
export function buildDate(env: Record<string, string | undefined>, now: () => Date = () => new Date()): Date {
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}

/** YYYY-MM of a date in China Standard Time (UTC+8), where the readers are. */
export function monthInChina(date: Date): string {
  return new Date(date.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 7);
}
