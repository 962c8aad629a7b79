/** 学习安排 as an iCalendar feed to subscribe to. */
import type { APIRoute } from "astro";
import { calendarOptions, calendarSessions } from "../lib/calendar/from-collections.ts";
import { CALENDAR_CONTENT_TYPE, sessionsCalendar } from "../lib/calendar/sessions-ics.ts";

export const GET: APIRoute = async ({ site }) => {
  const siteUrl = String(site);
  const sessions = await calendarSessions(siteUrl, import.meta.env.BASE_URL);
  return new Response(sessionsCalendar(sessions, calendarOptions(siteUrl, import.meta.env.BASE_URL)), {
    headers: { "Content-Type": CALENDAR_CONTENT_TYPE },
  });
};
