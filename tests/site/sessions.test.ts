/**
 * 学习安排 in the built site under /portal/: the list (readable without JavaScript),
 * a detail page, the home card, the back-links from what was studied, and the
 * iCalendar files read back with ical.js (not the library that writes them).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import {
  featuredSession,
  formatSessionTime,
  sessionsStudying,
  upcomingAndPast,
} from "../../src/lib/content/sessions.ts";
import { loadContent } from "../../src/content-check/load.ts";
import { sessionsSchema } from "../../src/model/sessions.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { useBrowserSite } from "../helpers/browser-site.ts";
import { parseCalendar } from "../helpers/ical.ts";

const BASE = "/portal/";
const SITE = "https://zugong.example.com/portal/";

/** The sample sessions as the site reads them. */
const sessions = loadContent(PROJECT_ROOT)
  .entries.filter((e) => e.collection === "sessions")
  .map((e) => ({ id: e.id, data: sessionsSchema.parse(e.data) }));
const titleOf = (collection: string, id: string) => {
  const entry = loadContent(PROJECT_ROOT).entries.find((e) => e.collection === collection && e.id === id);
  return (entry?.data as { title: string }).title;
};
// The site was built moments ago without SOURCE_DATE_EPOCH: its build date is about now.
const now = new Date();

const site = useBrowserSite(() => inject("portalDist"), BASE);
const dist = () => inject("portalDist");

describe("the sample sessions", () => {
  it("are at least ten, across a year, in every form, some past and some ahead of the build", () => {
    expect(sessions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(sessions.map((s) => s.data.format)).size).toBe(5);
    const { upcoming, past } = upcomingAndPast(sessions, now);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    expect(sessions.some((s) => s.data.status === "取消")).toBe(true);
  });
});

describe("the list of sessions", () => {
  it("shows the upcoming sessions, soonest first, then the past ones by month, without JavaScript", async () => {
    const { page, close } = await site.open("sessions/", { javaScriptEnabled: false });
    const { upcoming, past } = upcomingAndPast(sessions, now);
    const headings = await page.locator("main h2").allTextContents();
    expect(headings).toEqual([
      "近期安排",
      ...past.map(({ month }) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月（已举行）`),
    ]);
    const upcomingLinks = page.locator("section[aria-labelledby=upcoming] li > a");
    expect(await upcomingLinks.allTextContents()).toEqual(upcoming.map((s) => s.data.title));
    for (const { month, sessions: inMonth } of past) {
      const items = page.locator(`section[aria-labelledby="m${month}"] li`);
      expect(await items.locator("> a").allTextContents()).toEqual(inMonth.map((s) => s.data.title));
      for (const text of await items.allTextContents()) expect(text).toMatch(/已举行|取消/);
    }
    const first = upcoming[0];
    if (first) {
      const item = page.locator("section[aria-labelledby=upcoming] li").first();
      await expect(item.textContent()).resolves.toContain(formatSessionTime(first.data));
      await expect(item.locator("a").getAttribute("href")).resolves.toBe(`${BASE}sessions/${first.id}/`);
    }
    await expect(page.getByRole("link", { name: /订阅学习安排日历/ }).getAttribute("href")).resolves.toBe(
      `${BASE}sessions.ics`,
    );
    await close();
  });

  it("marks a cancelled session 取消 and strikes its title through", async () => {
    const cancelled = sessions.find((s) => s.data.status === "取消");
    const { page, close } = await site.open("sessions/", { javaScriptEnabled: false });
    const item = page.locator("li", { has: page.getByRole("link", { name: cancelled?.data.title ?? "" }) });
    await expect(item.locator(".session-status").textContent()).resolves.toBe("取消");
    const line = await item.locator("> a").evaluate((a) => getComputedStyle(a).textDecorationLine);
    expect(line).toContain("line-through");
    await close();
  });
});

describe("a session's page", () => {
  const session = sessions.find((s) => s.id === "2026-12-18-xinfang-tiaoli");

  it("shows the time, place, form, speaker and host, the materials as working links, and the notes", async () => {
    expect(session).toBeDefined();
    const { page, close, problems } = await site.open(`sessions/${session?.id}/`);
    await expect(page.locator("h1").textContent()).resolves.toBe(session?.data.title);
    const facts = await page.locator("dl.fact-list").textContent();
    for (const text of [
      formatSessionTime(session!.data),
      session!.data.place,
      session!.data.format,
      session!.data.speaker,
      "干部二股",
    ])
      expect(facts).toContain(text);
    const materials = page.locator("section[aria-labelledby=materials] a");
    expect(await materials.allTextContents()).toEqual([
      titleOf("study", "xinfang-tiaoli"),
      titleOf("rules", "shouwen-fuze"),
    ]);
    expect(await materials.evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      `${BASE}study/xinfang-tiaoli/`,
      `${BASE}rules/shouwen-fuze/`,
    ]);
    await expect(page.locator(".prose").textContent()).resolves.toContain("学习通知");
    await page.locator("section[aria-labelledby=materials] a").first().click();
    await page.waitForURL(`**${BASE}study/xinfang-tiaoli/`);
    expect(problems).toEqual([]);
    await close();
  });

  it("offers its own calendar file to download", async () => {
    const { page, close } = await site.open(`sessions/${session?.id}/`);
    const link = page.getByRole("link", { name: "加入日历" });
    await expect(link.getAttribute("href")).resolves.toBe(`${BASE}sessions/${session?.id}.ics`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`${session?.id}.ics`);
    await close();
  });
});

describe("the home page", () => {
  it("shows the next session, or the last one held", async () => {
    const featured = featuredSession(sessions, now);
    const { page, close } = await site.open("", { javaScriptEnabled: false });
    const card = page.locator("section[aria-labelledby=session-title]");
    await expect(card.locator("h2").textContent()).resolves.toBe(
      featured?.isNext ? "下次集中学习" : "最近一次集中学习",
    );
    await expect(
      card.getByRole("link", { name: featured?.session.data.title ?? "" }).getAttribute("href"),
    ).resolves.toBe(`${BASE}sessions/${featured?.session.id}/`);
    await expect(card.textContent()).resolves.toContain(formatSessionTime(featured!.session.data));
    await close();
  });
});

describe("back-links from what was studied", () => {
  it.each([
    ["study", "gongwuyuan-fa"],
    ["rules", "shouwen-fuze"],
    ["books", "xiangtu-zhongguo"],
  ] as const)("the %s page %s lists the sessions that studied it, newest first", async (collection, id) => {
    const expected = sessionsStudying(sessions, collection, id);
    expect(expected.length).toBeGreaterThan(0);
    const { page, close } = await site.open(`${collection}/${id}/`, { javaScriptEnabled: false });
    const links = page.locator("aside[aria-labelledby=studied-in-sessions] a");
    await expect(page.locator("#studied-in-sessions").textContent()).resolves.toBe("集中学习安排");
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(
      expected.map((s) => `${BASE}sessions/${s.id}/`),
    );
    await links.first().click();
    await page.waitForURL(`**${BASE}sessions/${expected[0]?.id}/`);
    await close();
  });

  it("a page nobody studied lists none", async () => {
    const { page, close } = await site.open("study/jianchaguan-fa/", { javaScriptEnabled: false });
    await expect(page.locator("#studied-in-sessions").count()).resolves.toBe(0);
    await close();
  });
});

describe("search", () => {
  it("offers 学习安排 as a 栏目, after 学习资料选编, and finds the sessions by it, year and pillar", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url(`search/?collection=${encodeURIComponent("学习安排")}`));
    await page.waitForSelector("zg-search[data-state=ready]");
    const options = await page.locator('select[name="collection"] option').allTextContents();
    const at = options.findIndex((o) => o.startsWith("学习安排"));
    expect(at).toBeGreaterThan(options.findIndex((o) => o.startsWith("学习资料选编")));
    expect(options[at]).toBe(`学习安排（${sessions.length}）`);
    await page.waitForSelector(".search-hit h3 a");
    const hrefs = await page
      .locator(".search-hit h3 a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h?.startsWith(`${BASE}sessions/`))).toBe(true);
    // 年份 narrows the 学习安排 to that year's sessions.
    await page.locator('select[name="year"]').selectOption("2027");
    await page.waitForFunction(
      () => document.querySelector("zg-search")?.getAttribute("data-state") === "ready",
    );
    await page.waitForFunction(
      (count) => document.querySelectorAll(".search-hit h3 a").length === count,
      sessions.filter((x) => x.data.date.getUTCFullYear() === 2027).length,
    );
    const in2027 = await page
      .locator(".search-hit h3 a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(in2027.sort()).toEqual(
      sessions
        .filter((x) => x.data.date.getUTCFullYear() === 2027)
        .map((x) => `${BASE}sessions/${x.id}/`)
        .sort(),
    );
    // 五型 counts the sessions now shown.
    const lianzheng = sessions.filter(
      (x) => x.data.date.getUTCFullYear() === 2027 && x.data.pillar === "廉政型",
    );
    expect(await page.locator('select[name="pillar"] option').allTextContents()).toContain(
      `廉政型（${lianzheng.length}）`,
    );
    await context.close();
  });
});

describe("the iCalendar feed /sessions.ics", () => {
  const source = () => readFileSync(path.join(dist(), "sessions.ics"), "utf8");

  it("is served as text/calendar", async () => {
    const response = await fetch(site.url("sessions.ics"));
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await response.text()).toBe(source());
  });

  it("has every sample session with its time, place, status and materials' full addresses under the base path", () => {
    const calendar = parseCalendar(source());
    expect(calendar.events.map((e) => e.uid).sort()).toEqual(
      sessions.map((s) => `session-${s.id}@zugong.example.com`).sort(),
    );
    for (const session of sessions) {
      const event = calendar.events.find((e) => e.uid === `session-${session.id}@zugong.example.com`);
      const day = session.data.date.toISOString().slice(0, 10);
      const utc = (time: string) => new Date(`${day}T${time}:00+08:00`).toISOString();
      expect(event?.summary).toBe(session.data.title);
      expect(event?.start).toBe(utc(session.data.start));
      expect(event?.end).toBe(utc(session.data.end));
      expect(event?.location).toBe(session.data.place);
      expect(event?.status).toBe(session.data.status === "取消" ? "CANCELLED" : "CONFIRMED");
      expect(event?.url).toBe(`${SITE}sessions/${session.id}/`);
      for (const material of session.data.materials ?? []) {
        const [collection, id] = material.split("/") as [string, string];
        const title = titleOf(collection, id);
        expect(event?.description).toContain(
          `${collection === "books" ? `《${title}》` : title} ${SITE}${collection}/${id}/`,
        );
      }
    }
  });

  it("keeps commas and semicolons of a title, and folds a long description at 75 octets", () => {
    const calendar = parseCalendar(source());
    const event = calendar.events.find((e) => e.summary.includes(","));
    expect(event?.summary).toBe("公文处理与保密：Word, Excel; WPS 文件的保密要求");
    expect(source()).toContain("Word\\, Excel\\; WPS");
    expect(calendar.events.every((e) => Buffer.byteLength(e.description) > 75)).toBe(true);
    for (const line of calendar.rawLines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("matches each session's own file, event for event", () => {
    const feed = parseCalendar(source());
    for (const session of sessions) {
      const own = parseCalendar(readFileSync(path.join(dist(), "sessions", `${session.id}.ics`), "utf8"));
      expect(own.events).toEqual(
        feed.events.filter((e) => e.uid === `session-${session.id}@zugong.example.com`),
      );
    }
  });
});
