import type { APIRoute } from "astro";
import { absoluteUrl, paths } from "../lib/site/routes.ts";
import { robotsTxt } from "../lib/site/sitemap.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(String(site), import.meta.env.BASE_URL, paths.sitemapXml())), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
