/** Each table of a year's 成果统计 page as a CSV download (UTF-8 with BOM, for Excel and WPS). */
import type { APIRoute, GetStaticPaths } from "astro";
import { statsInput } from "../../../../lib/programme/from-collections.ts";
import { csvPaths, toCsv, type StatTable } from "../../../../lib/programme/tables.ts";

export const getStaticPaths = (async () => {
  const { input, years } = await statsInput();
  return csvPaths(input, years);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv((props as { table: StatTable }).table), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
