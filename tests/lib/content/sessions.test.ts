import { describe, expect, it } from "vitest";
import {
  chinaTime,
  featuredSession,
  formatSessionTime,
  materialTitles,
  parseMaterial,
  resolveMaterials,
  sameTimeAndPlace,
  sessionPublished,
  sessionStatus,
  sessionsStudying,
  upcomingAndPast,
  type SessionLike,
} from "../../../src/lib/content/sessions.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const s = (id: string, date: string, extra: Partial<SessionLike["data"]> = {}): SessionLike => ({
  id,
  data: { date: day(date), start: "14:30", end: "17:00", title: id, place: "三楼", ...extra },
});
// 2026-03-13 15:00 in Beijing: the session of that day is under way.
const now = new Date("2026-03-13T07:00:00Z");

describe("times", () => {
  it("reads HH:MM as Beijing time", () => {
    expect(chinaTime(day("2026-03-06"), "09:00").toISOString()).toBe("2026-03-06T01:00:00.000Z");
    expect(chinaTime(day("2026-03-06"), "07:30").toISOString()).toBe("2026-03-05T23:30:00.000Z");
  });

  it("formats the day, weekday and times", () => {
    expect(formatSessionTime(s("a", "2026-03-06").data)).toBe("2026年3月6日（星期五）14:30—17:00");
  });
});

describe("sessionStatus", () => {
  it("is 计划 until the session has ended, then 已举行; 取消 whatever the time", () => {
    expect(sessionStatus(s("a", "2026-03-13").data, now)).toBe("计划");
    expect(sessionStatus(s("a", "2026-03-06").data, now)).toBe("已举行");
    expect(sessionStatus(s("a", "2026-03-06", { status: "取消" }).data, now)).toBe("取消");
  });
});

describe("upcomingAndPast", () => {
  const sessions = [
    s("feb", "2026-02-27"),
    s("next", "2026-03-20"),
    s("today", "2026-03-13"),
    s("mar", "2026-03-06"),
    s("jan", "2026-01-09"),
    s("later", "2026-04-03"),
  ];
  const { upcoming, past } = upcomingAndPast(sessions, now);

  it("lists the sessions not yet ended, soonest first", () => {
    expect(upcoming.map((x) => x.id)).toEqual(["today", "next", "later"]);
  });

  it("groups the past by month, newest month and session first", () => {
    expect(past.map((m) => [m.month, m.sessions.map((x) => x.id)])).toEqual([
      ["2026-03", ["mar"]],
      ["2026-02", ["feb"]],
      ["2026-01", ["jan"]],
    ]);
  });
});

describe("featuredSession", () => {
  it("is the next session that is not cancelled", () => {
    const sessions = [s("a", "2026-03-20", { status: "取消" }), s("b", "2026-03-27"), s("c", "2026-03-06")];
    expect(featuredSession(sessions, now)).toEqual({ session: sessions[1], isNext: true });
  });

  it("is the last one held when nothing is ahead", () => {
    const sessions = [s("a", "2026-02-27"), s("b", "2026-03-06"), s("c", "2026-03-12", { status: "取消" })];
    expect(featuredSession(sessions, now)).toEqual({ session: sessions[1], isNext: false });
  });

  it("is nothing when there are no sessions", () => {
    expect(featuredSession([], now)).toBeUndefined();
  });
});

describe("materials", () => {
  it("splits a reference into its collection and id", () => {
    expect(parseMaterial("study/gongwuyuan-fa")).toEqual({ collection: "study", id: "gongwuyuan-fa" });
    expect(() => parseMaterial("news/x")).toThrow();
  });

  it("resolves references to titled links, books in 《》", () => {
    const titles = materialTitles({
      study: [{ id: "gongwuyuan-fa", data: { title: "公务员法" } }],
      rules: [{ id: "shouwen-fuze", data: { title: "首问负责制度" } }],
      books: [{ id: "xiangtu", data: { title: "乡土中国" } }],
    });
    expect(resolveMaterials(["rules/shouwen-fuze", "books/xiangtu", "study/gongwuyuan-fa"], titles)).toEqual([
      { kind: "规章制度", title: "首问负责制度", path: "/rules/shouwen-fuze/" },
      { kind: "推荐书目", title: "《乡土中国》", path: "/books/xiangtu/" },
      { kind: "学习资料选编", title: "公务员法", path: "/study/gongwuyuan-fa/" },
    ]);
    expect(resolveMaterials(undefined, titles)).toEqual([]);
  });

  it("finds the sessions that studied an entry, newest first", () => {
    const sessions = [
      s("a", "2026-01-09", { materials: ["rules/x"] }),
      s("b", "2026-03-06", { materials: ["study/x", "rules/x"] }),
      s("c", "2026-02-06", { materials: ["study/x"] }),
    ];
    expect(sessionsStudying(sessions, "rules", "x").map((x) => x.id)).toEqual(["b", "a"]);
    expect(sessionsStudying(sessions, "books", "x")).toEqual([]);
  });
});

describe("sameTimeAndPlace", () => {
  const a = s("a", "2026-03-06").data;
  it("is true for overlapping times at the same place, spaces aside", () => {
    expect(sameTimeAndPlace(a, { ...a, start: "16:00", end: "18:00", place: "三 楼" })).toBe(true);
  });
  it("is false when the times touch, the places or days differ, or one is cancelled", () => {
    expect(sameTimeAndPlace(a, { ...a, start: "17:00", end: "18:00" })).toBe(false);
    expect(sameTimeAndPlace(a, { ...a, place: "二楼" })).toBe(false);
    expect(sameTimeAndPlace(a, { ...a, date: day("2026-03-13") })).toBe(false);
    expect(sameTimeAndPlace(a, { ...a, status: "取消" })).toBe(false);
  });
});

describe("sessionPublished", () => {
  it("is the session's day once it is past, and the build date before", () => {
    expect(sessionPublished({ date: day("2026-03-06") }, now)).toEqual(day("2026-03-06"));
    expect(sessionPublished({ date: day("2026-03-20") }, now)).toBe(now);
  });
});
