/** The questions npm run new asks for whatever the flags did not give. */
import { RULE_CATEGORIES } from "../../../src/model/rules.ts";
import { SESSION_FORMATS } from "../../../src/model/sessions.ts";
import { parseLooseDay, toIsoDay } from "../../../src/lib/text/dates.ts";
import {
  COLLECTION_LABELS,
  isIdTaken,
  NEW_COLLECTIONS,
  nextFreeMonth,
  nextFriday,
  resolveCollection,
  type GivenInput,
  type NewEntryInput,
  type PlanContext,
} from "./new-entry.ts";
import type { Prompter } from "./prompts.ts";
import { titleToId, uniqueId } from "./slug.ts";

const blankToUndefined = (text: string) => (text.trim() === "" ? undefined : text.trim());

export async function askForMissing(
  given: GivenInput,
  ctx: PlanContext,
  prompter: Prompter,
): Promise<NewEntryInput> {
  const input: NewEntryInput = { ...given, collection: given.collection ?? "", title: given.title ?? "" };
  if (!input.collection) {
    input.collection = await prompter.choose(
      "要新建哪一类内容？",
      NEW_COLLECTIONS.map((c) => ({ value: c, label: `${COLLECTION_LABELS[c]}（${c}）` })),
    );
  }
  const collection = resolveCollection(input.collection);
  while (input.title.trim() === "") {
    input.title = await prompter.ask(collection === "departments" ? "股室名称" : "标题（书名不加书名号）");
  }

  switch (collection) {
    case "rules":
      input.issuer ??= blankToUndefined(await prompter.ask("发文机关", ctx.index.issuers[0]));
      input.date ??= await prompter.ask("成文日期", toIsoDay(ctx.today));
      input.docNumber ??= blankToUndefined(await prompter.ask("文号（没有就直接回车）"));
      input.category ??= blankToUndefined(
        await prompter.choose(
          "类别",
          RULE_CATEGORIES.map((c) => ({ value: c, label: c })),
          { skip: true },
        ),
      );
      break;
    case "study":
      input.part ??= blankToUndefined(
        await prompter.choose(
          "所属编（形如“第一编 干部人事”）",
          ctx.index.studyParts.map((p) => ({ value: p, label: p })),
          { skip: true, other: true },
        ),
      );
      input.source ??= blankToUndefined(await prompter.ask("出处（没有就直接回车）"));
      break;
    case "books":
      if (!input.authors?.length) {
        const authors = await prompter.ask("作者（多位作者用顿号“、”分开）");
        input.authors = authors.trim() ? [authors] : undefined;
      }
      input.publisher ??= blankToUndefined(await prompter.ask("出版社"));
      input.month ??= await prompter.ask("推荐月份", nextFreeMonth(ctx.today, ctx.index.bookMonths));
      break;
    case "articles":
      if (!input.authors?.length) {
        const authors = await prompter.ask("作者（多位作者用顿号“、”分开）");
        input.authors = authors.trim() ? [authors] : undefined;
      }
      input.department ??= blankToUndefined(
        await prompter.choose(
          "所属股室",
          ctx.index.departments.map((d) => ({ value: d.id, label: `${d.name}（${d.id}）` })),
          { skip: true },
        ),
      );
      input.date ??= await prompter.ask("发布日期", toIsoDay(ctx.today));
      break;
    case "sessions":
      input.date ??= await prompter.ask("日期（一般是星期五）", toIsoDay(nextFriday(ctx.today)));
      input.start ??= blankToUndefined(await prompter.ask("开始时间（HH:MM）", "14:30"));
      input.end ??= blankToUndefined(await prompter.ask("结束时间（HH:MM）", "17:00"));
      input.place ??= blankToUndefined(await prompter.ask("地点"));
      input.format ??= blankToUndefined(
        await prompter.choose(
          "形式",
          SESSION_FORMATS.map((f) => ({ value: f, label: f })),
          { skip: true },
        ),
      );
      input.speaker ??= blankToUndefined(await prompter.ask("主讲人（没有就直接回车）"));
      input.host ??= blankToUndefined(
        await prompter.choose(
          "承办股室",
          ctx.index.departments.map((d) => ({ value: d.id, label: `${d.name}（${d.id}）` })),
          { skip: true },
        ),
      );
      if (!input.materials?.length) {
        const materials = await prompter.ask(
          "学习材料（如 study/gongwuyuan-fa、rules/zhouwu-xuexiri，多项用顿号“、”分开；没有就直接回车）",
        );
        input.materials = materials.trim() ? [materials] : undefined;
      }
      break;
    case "departments":
      break;
  }
  if (collection !== "departments") {
    input.pillar ??= blankToUndefined(
      await prompter.choose(
        "五型分类（这篇内容属于哪一型）",
        ctx.index.pillars.map((p) => ({ value: p, label: p })),
        { skip: true },
      ),
    );
  }

  if (!input.id) {
    const fromTitle = titleToId(input.title);
    const isTaken =
      collection === "departments"
        ? (id: string) => ctx.index.departments.some((d) => d.id === id)
        : (id: string) => isIdTaken(collection, id, ctx);
    // A session's file name starts with its day (2026-03-06-…), as npm run new -- --yes makes it.
    const day = collection === "sessions" ? parseLooseDay(input.date ?? "")?.date : undefined;
    const prefix = day ? `${toIsoDay(day)}-` : "";
    const suggested = fromTitle ? uniqueId(`${prefix}${fromTitle}`, isTaken) : undefined;
    input.id = blankToUndefined(
      await prompter.ask("编号（文件名，也是网址的一部分，只用小写字母、数字和连字符）", suggested),
    );
  }
  return input;
}
