import { describe, expect, it } from "vitest";
import {
  contentsView,
  markFinished,
  markOpened,
  parseProgress,
  serializeProgress,
} from "../../../src/lib/reading/reading-progress.ts";

const chapters = ["gongwuyuan-fa", "ganbu-renyong", "xuanju-fa", "jiandu-fa"].map((id) => ({ id }));

describe("reading progress", () => {
  it("round-trips what a reader did", () => {
    let p = parseProgress(null);
    p = markOpened(p, "gongwuyuan-fa");
    p = markFinished(p, "gongwuyuan-fa");
    p = markOpened(p, "ganbu-renyong");
    expect(parseProgress(serializeProgress(p))).toEqual({
      last: "ganbu-renyong",
      finished: ["gongwuyuan-fa"],
    });
  });

  it("counts a chapter as finished once", () => {
    const p = markFinished(markFinished(parseProgress(null), "xuanju-fa"), "xuanju-fa");
    expect(p.finished).toEqual(["xuanju-fa"]);
  });

  it.each([
    ["not JSON", "{oops"],
    ["a number", "42"],
    ["null", "null"],
    ["wrong types", '{"last":7,"finished":"xuanju-fa"}'],
    ["ids that are not ids", '{"last":"<script>","finished":["../x",""]}'],
  ])("treats stored %s as no progress", (_label, raw) => {
    expect(parseProgress(raw)).toEqual({ last: undefined, finished: [] });
  });

  it("offers the chapter opened last while it is unfinished", () => {
    const view = contentsView({ last: "xuanju-fa", finished: ["gongwuyuan-fa"] }, chapters);
    expect(view.resume?.id).toBe("xuanju-fa");
    expect([...view.finished]).toEqual(["gongwuyuan-fa"]);
  });

  it("offers the next unread chapter once the last one was finished", () => {
    const view = contentsView(
      { last: "gongwuyuan-fa", finished: ["gongwuyuan-fa", "ganbu-renyong"] },
      chapters,
    );
    expect(view.resume?.id).toBe("xuanju-fa");
  });

  it("offers nothing when everything after the last chapter is read, or nothing was opened", () => {
    expect(contentsView({ last: "jiandu-fa", finished: ["jiandu-fa"] }, chapters).resume).toBeUndefined();
    expect(contentsView({ finished: [] }, chapters).resume).toBeUndefined();
  });

  it("ignores chapters that were removed from the compilation", () => {
    const view = contentsView({ last: "old-chapter", finished: ["old-chapter", "jiandu-fa"] }, chapters);
    expect(view.resume).toBeUndefined();
    expect([...view.finished]).toEqual(["jiandu-fa"]);
  });
});
