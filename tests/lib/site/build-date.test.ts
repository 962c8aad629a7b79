import { describe, expect, it } from "vitest";
import { buildDate, monthInChina } from "../../../src/lib/site/build-date.ts";

const fixedNow = new Date(Date.UTC(2030, 0, 15, 12));
const now = () => fixedNow;

describe("buildDate", () => {
  it("uses SOURCE_DATE_EPOCH, in seconds, when it is set", () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: "1700000000" }, now).toISOString()).toBe(
      "2023-11-14T22:13:20.000Z",
    );
    expect(buildDate({ SOURCE_DATE_EPOCH: "0" }, now).getTime()).toBe(0);
  });

  it.each(["", "abc", "-5", "1.5", "1700000000s", " 1700000000"])(
    "ignores the non-numeric SOURCE_DATE_EPOCH %j and uses the clock",
    (value) => {
      expect(buildDate({ SOURCE_DATE_EPOCH: value }, now)).toBe(fixedNow);
    },
  );

  it("uses the clock when SOURCE_DATE_EPOCH is not set", () => {
    expect(buildDate({}, now)).toBe(fixedNow);
    const before = Date.now();
    const date = buildDate({});
    expect(date.getTime()).toBeGreaterThanOrEqual(before);
    expect(date.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe("monthInChina", () => {
  it("is already the next month in China on the evening of the last day, UTC", () => {
    expect(monthInChina(new Date("2026-01-31T20:00:00Z"))).toBe("2026-02");
  });

  it("turns over exactly at midnight China time (16:00 UTC)", () => {
    expect(monthInChina(new Date("2026-01-31T15:59:59Z"))).toBe("2026-01");
    expect(monthInChina(new Date("2026-01-31T16:00:00Z"))).toBe("2026-02");
  });

  it("rolls over the year on New Year's Eve UTC", () => {
    expect(monthInChina(new Date("2025-12-31T17:00:00Z"))).toBe("2026-01");
  });
});
