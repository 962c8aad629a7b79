import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { toIsoDay } from "../lib/text/dates.ts";
import { statsInput } from "../lib/programme/from-collections.ts";
import { absoluteUrl, paths, SECTIONS } from "../lib/site/routes.ts";
import { sitemapXml } from "../lib/site/sitemap.ts";

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => absoluteUrl(String(site), import.meta.env.BASE_URL, path);
  const entries = [
    ...SECTIONS.map((s) => ({ loc: url(s.path) })),
    { loc: url(paths.siteMap()) },
    { loc: url(paths.search()) },
    { loc: url(paths.stats()) },
    ...(await statsInput()).years.map((year) => ({ loc: url(paths.statsYear(year)) })),
    ...(await getCollection("rules")).map((r) => ({
      loc: url(paths.rule(r.id)),
      lastmod: toIsoDay(r.data.issued),
    })),
    { loc: url(paths.studyPrint()) },
    ...(await getCollection("study")).map((c) => ({ loc: url(paths.chapter(c.id)) })),
    ...(await getCollection("sessions")).map((s) => ({ loc: url(paths.session(s.id)) })),
    ...(await getCollection("books")).map((b) => ({ loc: url(paths.book(b.id)) })),
    ...(await getCollection("articles")).map((a) => ({
      loc: url(paths.article(a.id)),
      lastmod: toIsoDay(a.data.date),
    })),
  ];
  return new Response(sitemapXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
