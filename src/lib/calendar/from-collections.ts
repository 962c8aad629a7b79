/**
 * The sessions read from the content collections in the shape the calendar writer
 * takes (sessions-ics.ts): host names, materials with full addresses under the base
 * path, and the day each file last changed. The feed and the per-session files share it.
 */
import { getCollection } from "astro:content";
import site from "../../../site.config.ts";
import { materialTitles, resolveMaterials, sessionPublished, sessionStart } from "../content/sessions.ts";
import { departmentNames } from "../content/departments.ts";
import { buildDate } from "../site/build-date.ts";
import { lastUpdatedOf } from "../site/last-updated.ts";
import { absoluteUrl, paths } from "../site/routes.ts";
import type { CalendarOptions, CalendarSession } from "./sessions-ics.ts";

/** Every session, soonest first, for a site at `siteUrl` under `base`. */
export async function calendarSessions(siteUrl: string, base: string): Promise<CalendarSession[]> {
  const [sessions, departments, study, rules, books] = await Promise.all([
    getCollection("sessions"),
    getCollection("departments"),
    getCollection("study"),
    getCollection("rules"),
    getCollection("books"),
  ]);
  const hosts = departmentNames(departments);
  const titles = materialTitles({ study, rules, books });
  const now = buildDate(process.env);
  const url = (path: string) => absoluteUrl(siteUrl, base, path);
  return sessions
    .sort(
      (a, b) => sessionStart(a.data).getTime() - sessionStart(b.data).getTime() || a.id.localeCompare(b.id),
    )
    .map((s) => ({
      id: s.id,
      data: s.data,
      host: hosts.get(s.data.host) ?? s.data.host,
      url: url(paths.session(s.id)),
      materials: resolveMaterials(s.data.materials, titles).map((m) => ({
        title: m.title,
        url: url(m.path),
      })),
      updated: lastUpdatedOf(process.cwd(), s.filePath, sessionPublished(s.data, now)) ?? s.data.date,
    }));
}

/** The calendar's name, UID domain and address. */
export function calendarOptions(siteUrl: string, base: string): CalendarOptions {
  return {
    name: `${site.name} · 学习安排`,
    uidDomain: new URL(siteUrl).hostname,
    url: absoluteUrl(siteUrl, base, paths.sessionsCalendar()),
  };
}
