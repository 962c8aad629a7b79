/**
 * 学习安排: when a session starts and ends, its status at the build date, the
 * list page's order (upcoming, then past by month), the home page's pick, and
 * which sessions studied a chapter, rule or book.
 */
import {
  CANCELLED,
  MATERIAL_COLLECTIONS,
  type MaterialCollection,
  type SessionData,
  type SessionStatus,
} from "../../model/sessions.ts";
import { COLLECTION_LABELS } from "../../model/labels.ts";
import { paths } from "../site/routes.ts";
import { toMonthKey } from "../text/dates.ts";

/** China Standard Time: UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

type Timing = Pick<SessionData, "date" | "start" | "end">;

export interface SessionLike {
  id: string;
  data: Pick<SessionData, "date" | "start" | "end" | "title" | "place" | "status" | "materials">;
}

/** The instant of `time` (HH:MM, Beijing time) on `day` (a UTC-midnight date). */
export function chinaTime(day: Date, time: string): Date {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(day.getTime() + (hours * 60 + minutes) * 60_000 - CHINA_OFFSET_MS);
}

export const sessionStart = (s: Timing): Date => chinaTime(s.date, s.start);
export const sessionEnd = (s: Timing): Date => chinaTime(s.date, s.end);

/** 取消 when cancelled; 已举行 once it has ended by `now`; 计划 before. */
export function sessionStatus(s: Timing & Pick<SessionData, "status">, now: Date): SessionStatus {
  if (s.status === CANCELLED) return CANCELLED;
  return sessionEnd(s).getTime() <= now.getTime() ? "已举行" : "计划";
}

const byStart = (a: SessionLike, b: SessionLike) =>
  sessionStart(a.data).getTime() - sessionStart(b.data).getTime() || a.id.localeCompare(b.id);

/** Every session, the latest first. */
export const newestSessionsFirst = <S extends SessionLike>(sessions: readonly S[]): S[] =>
  [...sessions].sort((a, b) => byStart(b, a));

/** Sessions not yet ended, soonest first; the others by month (YYYY-MM), newest month and session first. */
export function upcomingAndPast<S extends SessionLike>(sessions: readonly S[], now: Date) {
  const sorted = [...sessions].sort(byStart);
  const upcoming = sorted.filter((s) => sessionEnd(s.data).getTime() > now.getTime());
  const months = new Map<string, S[]>();
  for (const s of sorted.filter((x) => !upcoming.includes(x)).reverse()) {
    const month = toMonthKey(s.data.date);
    months.set(month, [...(months.get(month) ?? []), s]);
  }
  return { upcoming, past: [...months].map(([month, list]) => ({ month, sessions: list })) };
}

/** The home page's session: the next one not cancelled, or else the last one held. */
export function featuredSession<S extends SessionLike>(
  sessions: readonly S[],
  now: Date,
): { session: S; isNext: boolean } | undefined {
  const { upcoming, past } = upcomingAndPast(sessions, now);
  const next = upcoming.find((s) => s.data.status !== CANCELLED);
  if (next) return { session: next, isNext: true };
  const last = past.flatMap((m) => m.sessions).find((s) => s.data.status !== CANCELLED);
  return last && { session: last, isNext: false };
}

/** A material reference (study/gongwuyuan-fa) as its collection and id. */
export function parseMaterial(material: string): { collection: MaterialCollection; id: string } {
  const [collection, id] = material.split("/") as [MaterialCollection, string];
  if (!MATERIAL_COLLECTIONS.includes(collection)) throw new Error(`not a material: ${material}`);
  return { collection, id };
}

/** The sessions that studied `<collection>/<id>`, newest first (for the back-links on its page). */
export function sessionsStudying<S extends SessionLike>(
  sessions: readonly S[],
  collection: MaterialCollection,
  id: string,
): S[] {
  const wanted = `${collection}/${id}`;
  return newestSessionsFirst(sessions.filter((s) => s.data.materials?.includes(wanted)));
}

/** Whether two sessions, neither cancelled, are at the same place at overlapping times. */
export function sameTimeAndPlace(
  a: Timing & Pick<SessionData, "place" | "status">,
  b: Timing & Pick<SessionData, "place" | "status">,
): boolean {
  if (a.status === CANCELLED || b.status === CANCELLED) return false;
  if (a.place.replace(/\s/g, "") !== b.place.replace(/\s/g, "")) return false;
  return sessionStart(a) < sessionEnd(b) && sessionStart(b) < sessionEnd(a);
}

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;

/** 星期五 for 5 (Date#getUTCDay numbering). */
export const weekdayName = (day: number): string => WEEKDAYS[day] ?? "";

/** 2026年6月5日（星期五）14:30—17:00 */
export function formatSessionTime(s: Timing): string {
  const d = s.date;
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日（${weekdayName(d.getUTCDay())}）${s.start}—${s.end}`;
}

/** Titles of the entries a session may study, by collection and id. */
export type MaterialTitles = Record<MaterialCollection, ReadonlyMap<string, string>>;

const MATERIAL_PATH: Record<MaterialCollection, (id: string) => string> = {
  study: paths.chapter,
  rules: paths.rule,
  books: paths.book,
};

/** A session's materials as links: the collection's name, the title (books in 《》) and the path. */
export function resolveMaterials(materials: readonly string[] | undefined, titles: MaterialTitles) {
  return (materials ?? []).map((material) => {
    const { collection, id } = parseMaterial(material);
    const title = titles[collection].get(id) ?? id;
    return {
      kind: COLLECTION_LABELS[collection],
      title: collection === "books" ? `《${title}》` : title,
      path: MATERIAL_PATH[collection](id),
    };
  });
}

/** The titles MaterialTitles needs, from the three collections' entries. */
export function materialTitles(
  entries: Record<MaterialCollection, ReadonlyArray<{ id: string; data: { title: string } }>>,
): MaterialTitles {
  const map = (list: ReadonlyArray<{ id: string; data: { title: string } }>) =>
    new Map(list.map((e) => [e.id, e.data.title]));
  return { study: map(entries.study), rules: map(entries.rules), books: map(entries.books) };
}

/** 发布时间 of a session's page: its day, or the build date for one still ahead (a notice is published before). */
export const sessionPublished = (s: Pick<SessionData, "date">, now: Date): Date =>
  s.date.getTime() < now.getTime() ? s.date : now;
