/**
 * 学习安排 as iCalendar (RFC 5545): the subscription feed and one file per session.
 * ical-generator writes the text (escaping of , ; \ and newlines, folding at 75
 * octets without splitting a character, CRLF); times are UTC, so no VTIMEZONE is
 * needed and every calendar shows the Beijing time the editor wrote.
 */
import { ICalCalendar, ICalEventStatus } from "ical-generator";
import type { SessionData } from "../../model/sessions.ts";
import { CANCELLED } from "../../model/sessions.ts";
import { sessionEnd, sessionStart } from "../content/sessions.ts";

export interface CalendarSession {
  id: string;
  data: Pick<SessionData, "title" | "date" | "start" | "end" | "place" | "format" | "speaker" | "status">;
  /** The host department's name. */
  host: string;
  /** Absolute address of the session's page. */
  url: string;
  /** Its materials with their titles and absolute addresses, in the file's order. */
  materials: ReadonlyArray<{ title: string; url: string }>;
  /** When the session's file last changed (DTSTAMP/LAST-MODIFIED), so two builds write the same bytes. */
  updated: Date;
}

export interface CalendarOptions {
  /** X-WR-CALNAME, e.g. 组工学习门户 · 学习安排. */
  name: string;
  /** The site's host name, the right-hand side of every UID (stable across builds and base paths). */
  uidDomain: string;
  /** Absolute address of the feed or the list page (the calendar's URL). */
  url: string;
}

/** The MIME type of the calendar files (deploy/policy.ts serves .ics with it). */
export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";

/** UID of a session: its file name at the site's host name. */
export const sessionUid = (id: string, domain: string): string => `session-${id}@${domain}`;

/** The event's description: form, speaker, host, materials with their full addresses, the page. */
export function sessionDescription(session: CalendarSession): string {
  const { data } = session;
  return [
    `形式：${data.format}`,
    ...(data.speaker ? [`主讲：${data.speaker}`] : []),
    `承办：${session.host}`,
    ...(data.status === CANCELLED ? ["本次学习已取消。"] : []),
    ...(session.materials.length
      ? ["学习材料：", ...session.materials.map((m) => `${m.title} ${m.url}`)]
      : []),
    `详情：${session.url}`,
  ].join("\n");
}

/** An iCalendar file of `sessions`, in the order given. */
export function sessionsCalendar(sessions: readonly CalendarSession[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    // The library's default PRODID names itself; ours says whose calendar this is.
    prodId: { company: options.uidDomain, product: "zugong-portal", language: "ZH" },
    name: options.name,
    url: options.url,
  });
  for (const session of sessions) {
    const cancelled = session.data.status === CANCELLED;
    calendar.createEvent({
      id: sessionUid(session.id, options.uidDomain),
      // A cancellation is a change calendars must apply over the original.
      sequence: cancelled ? 1 : 0,
      stamp: session.updated,
      lastModified: session.updated,
      start: sessionStart(session.data),
      end: sessionEnd(session.data),
      summary: session.data.title,
      location: session.data.place,
      description: sessionDescription(session),
      url: session.url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 ends every line, the last one too, with CRLF; the library leaves the last one bare.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
