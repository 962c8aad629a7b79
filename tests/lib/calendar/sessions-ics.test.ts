/** The calendar writer, read back with an independent parser (ical.js). */
import { describe, expect, it } from "vitest";
import {
  sessionsCalendar,
  sessionUid,
  type CalendarSession,
} from "../../../src/lib/calendar/sessions-ics.ts";
import { parseCalendar } from "../../helpers/ical.ts";

const session = (over: Partial<CalendarSession["data"]> = {}, id = "2026-03-06-a"): CalendarSession => ({
  id,
  data: {
    title: "公文处理：Word, Excel; WPS 的保密\\要求",
    date: new Date("2026-03-06T00:00:00Z"),
    start: "14:30",
    end: "17:00",
    place: "三楼会议室, 东侧; 201 室",
    format: "外聘专家集中授课",
    speaker: "特邀教师（示例）",
    ...over,
  },
  host: "干部一股",
  url: `https://example.gov.cn/portal/sessions/${id}/`,
  materials: [
    { title: "中华人民共和国公务员法", url: "https://example.gov.cn/portal/study/gongwuyuan-fa/" },
    { title: "《乡土中国》", url: "https://example.gov.cn/portal/books/xiangtu-zhongguo/" },
  ],
  updated: new Date("2026-02-20T00:00:00Z"),
});

const options = {
  name: "组工学习门户 · 学习安排",
  uidDomain: "example.gov.cn",
  url: "https://example.gov.cn/portal/sessions.ics",
};

describe("sessionsCalendar", () => {
  const source = sessionsCalendar([session(), session({ status: "取消" }, "2026-03-13-b")], options);
  const calendar = parseCalendar(source);
  const [first, second] = calendar.events;

  it("writes a calendar with its name and one event per session", () => {
    expect(calendar.name).toBe("组工学习门户 · 学习安排");
    expect(calendar.prodId).toBe("-//example.gov.cn//zugong-portal//ZH");
    expect(calendar.events).toHaveLength(2);
  });

  it("gives each session a UID from its file name and the site's host, the same in every build", () => {
    expect(first?.uid).toBe("session-2026-03-06-a@example.gov.cn");
    expect(sessionUid("x", "example.gov.cn")).toBe("session-x@example.gov.cn");
    expect(sessionsCalendar([session()], options)).toBe(sessionsCalendar([session()], options));
  });

  it("writes Beijing times as UTC instants (14:30 in Beijing is 06:30Z)", () => {
    expect(first?.start).toBe("2026-03-06T06:30:00.000Z");
    expect(first?.end).toBe("2026-03-06T09:00:00.000Z");
    expect(first?.stamp).toBe("2026-02-20T00:00:00.000Z");
    expect(source).toContain("DTSTART:20260306T063000Z\r\n");
  });

  it("escapes commas, semicolons and backslashes, and reads them back as written", () => {
    expect(source).toContain("Word\\, Excel\\; WPS 的保密\\\\要求");
    expect(first?.summary).toBe("公文处理：Word, Excel; WPS 的保密\\要求");
    expect(first?.location).toBe("三楼会议室, 东侧; 201 室");
  });

  it("describes the form, speaker, host and materials with their full addresses", () => {
    expect(first?.description).toBe(
      [
        "形式：外聘专家集中授课",
        "主讲：特邀教师（示例）",
        "承办：干部一股",
        "学习材料：",
        "中华人民共和国公务员法 https://example.gov.cn/portal/study/gongwuyuan-fa/",
        "《乡土中国》 https://example.gov.cn/portal/books/xiangtu-zhongguo/",
        "详情：https://example.gov.cn/portal/sessions/2026-03-06-a/",
      ].join("\n"),
    );
    expect(first?.url).toBe("https://example.gov.cn/portal/sessions/2026-03-06-a/");
  });

  it("folds every line at 75 octets without splitting a character, and ends every line with CRLF", () => {
    expect(new TextEncoder().encode(first?.description).length).toBeGreaterThan(75);
    expect(source.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(source.replaceAll("\r\n", "")).not.toContain("\n");
    for (const line of calendar.rawLines) {
      expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      expect(line, "no replacement character from a split UTF-8 sequence").not.toContain("\uFFFD");
    }
    expect(calendar.rawLines.some((line) => line.startsWith(" "))).toBe(true);
  });

  it("marks a cancelled session CANCELLED with a higher sequence, and the others CONFIRMED", () => {
    expect(first?.status).toBe("CONFIRMED");
    expect(first?.sequence).toBe(0);
    expect(second?.status).toBe("CANCELLED");
    expect(second?.sequence).toBe(1);
    expect(second?.description).toContain("本次学习已取消。");
  });

  it("leaves the speaker out when there is none", () => {
    const [event] = parseCalendar(sessionsCalendar([session({ speaker: undefined })], options)).events;
    expect(event?.description).not.toContain("主讲");
  });
});
