import rss from "@astrojs/rss";
import { departmentNames } from "../lib/content/departments.ts";
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import site from "../../site.config.ts";
import { newestFirst } from "../lib/content/articles.ts";
import { absoluteUrl, paths } from "../lib/site/routes.ts";

export const GET: APIRoute = async (context) => {
  const articles = newestFirst(await getCollection("articles"));
  const departments = departmentNames(await getCollection("departments"));
  return rss({
    title: `${site.name} · 调研文章`,
    description: "各股室发布的调研文章",
    site: absoluteUrl(String(context.site), import.meta.env.BASE_URL, "/"),
    customData: "<language>zh-cn</language>",
    items: articles.map((a) => ({
      title: a.data.title,
      link: absoluteUrl(String(context.site), import.meta.env.BASE_URL, paths.article(a.id)),
      pubDate: a.data.date,
      description: a.data.abstract,
      author: `${a.data.authors.join("、")}（${departments.get(a.data.department) ?? ""}）`,
      categories: a.data.keywords,
    })),
  });
};
