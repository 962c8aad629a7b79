import { describe, expect, it } from "vitest";
import {
  firstChineseDate,
  formatChineseDate,
  formatChineseMonth,
  parseIsoDay,
  toIsoDay,
  toMonthKey,
} from "../../../src/lib/text/dates.ts";

describe("parseIsoDay", () => {
  it("parses a YYYY-MM-DD day to UTC midnight", () => {
    expect(parseIsoDay("2024-03-01")?.getTime()).toBe(Date.UTC(2024, 2, 1));
  });

  it("accepts 29 February in a leap year and rejects it otherwise", () => {
    expect(parseIsoDay("2024-02-29")?.getTime()).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoDay("2023-02-29")).toBeUndefined();
    expect(parseIsoDay("1900-02-29")).toBeUndefined();
  });

  it.each([
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-01-00",
    "2024-3-1",
    "24-03-01",
    "2024/03/01",
    " 2024-03-01",
    "2024-03-01T00:00",
    "",
  ])("rejects %j", (text) => {
    expect(parseIsoDay(text)).toBeUndefined();
  });

  it("never turns a year below 100 such as 0099 into a twentieth-century year", () => {
    const date = parseIsoDay("0099-12-31");
    // Either reject the day or keep the year as written; 1999 is a silent change of year.
    expect(date?.getUTCFullYear()).not.toBe(1999);
  });
});

describe("toIsoDay and toMonthKey", () => {
  it("write the UTC calendar day and month", () => {
    const date = new Date(Date.UTC(2024, 2, 1));
    expect(toIsoDay(date)).toBe("2024-03-01");
    expect(toMonthKey(date)).toBe("2024-03");
  });

  it("round-trip with parseIsoDay", () => {
    for (const day of ["2024-02-29", "1999-12-31", "2026-01-01"]) {
      const parsed = parseIsoDay(day);
      expect(parsed && toIsoDay(parsed)).toBe(day);
    }
  });

  it("use the UTC day even late in the evening UTC", () => {
    expect(toIsoDay(new Date(Date.UTC(2024, 11, 31, 23, 59)))).toBe("2024-12-31");
    expect(toMonthKey(new Date(Date.UTC(2024, 11, 31, 23, 59)))).toBe("2024-12");
  });
});

describe("formatChineseDate", () => {
  it("writes 2024年3月1日 without leading zeros", () => {
    expect(formatChineseDate(new Date(Date.UTC(2024, 2, 1)))).toBe("2024年3月1日");
    expect(formatChineseDate(new Date(Date.UTC(2025, 11, 31)))).toBe("2025年12月31日");
  });

  it("does not shift a UTC-midnight day into the previous or next day", () => {
    const day = parseIsoDay("2024-01-01");
    expect(day && formatChineseDate(day)).toBe("2024年1月1日");
  });
});

describe("formatChineseMonth", () => {
  it("writes 2026-03 as 2026年3月 and 2026-12 as 2026年12月", () => {
    expect(formatChineseMonth("2026-03")).toBe("2026年3月");
    expect(formatChineseMonth("2026-12")).toBe("2026年12月");
  });
});

describe("firstChineseDate", () => {
  it("finds the date written at the start of a 出处", () => {
    const date = firstChineseDate("2022年2月25日 中共中央办公厅印发");
    expect(date && toIsoDay(date)).toBe("2022-02-25");
  });

  it("takes the first of several dates, anywhere in the text", () => {
    const date = firstChineseDate("根据2018年10月26日第十三届全国人大常委会决定，2019年1月1日起施行");
    expect(date && toIsoDay(date)).toBe("2018-10-26");
  });

  it("returns undefined when there is no date or the date does not exist", () => {
    expect(firstChineseDate("中共中央办公厅印发")).toBeUndefined();
    expect(firstChineseDate("2022年2月30日 印发")).toBeUndefined();
    expect(firstChineseDate("2022年2月 印发")).toBeUndefined();
  });
});
