/** One session as an iCalendar file, to add to a calendar. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { calendarOptions, calendarSessions } from "../../lib/calendar/from-collections.ts";
import { CALENDAR_CONTENT_TYPE, sessionsCalendar } from "../../lib/calendar/sessions-ics.ts";

export const getStaticPaths = (async () =>
  (await getCollection("sessions")).map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const siteUrl = String(site);
  const base = import.meta.env.BASE_URL;
  const sessions = (await calendarSessions(siteUrl, base)).filter((s) => s.id === params.id);
  return new Response(sessionsCalendar(sessions, calendarOptions(siteUrl, base)), {
    headers: { "Content-Type": CALENDAR_CONTENT_TYPE },
  });
};
