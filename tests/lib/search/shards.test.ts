import { describe, expect, it } from "vitest";
import { planShards, shardFolder } from "../../../src/lib/search/shards.ts";

const page = (url: string, date?: string) => ({ url, date });

describe("planShards", () => {
  it("keeps a site within the limit in one index, in the order given", () => {
    const pages = [page("/b/", "2020-01-01"), page("/a/", "2024-01-01"), page("/c/")];
    expect(planShards(pages, 3)).toEqual([pages]);
  });

  it("splits a larger site into as few shards of nearly equal size as possible, newest first", () => {
    const pages = [
      page("/a/", "2019-05-01"),
      page("/b/", "2024-03-01"),
      page("/c/"),
      page("/d/", "2021-07-01"),
      page("/e/", "2024-03-01"),
      page("/f/", "2018-01-01"),
      page("/g/", "2023-01-01"),
    ];
    const shards = planShards(pages, 3);
    expect(shards.map((s) => s.map((p) => p.url))).toEqual([
      // Newest dates first; within a shard, the order given (Pagefind numbers pages by arrival).
      ["/b/", "/e/", "/g/"],
      ["/a/", "/d/", "/f/"],
      // Pages without a date are never in a date-sorted list, so they go last.
      ["/c/"],
    ]);
    // Every page of one shard is at least as new as every page of the next: results sorted by date
    // are the shards' own sorted results one after another.
    for (let i = 1; i < shards.length; i++) {
      const older = Math.max(...(shards[i] ?? []).map((p) => Date.parse(p.date ?? "1900-01-01")));
      const newer = Math.min(...(shards[i - 1] ?? []).map((p) => Date.parse(p.date ?? "1900-01-01")));
      expect(older).toBeLessThanOrEqual(newer);
    }
  });

  it("balances the shards instead of leaving a small remainder", () => {
    const pages = Array.from({ length: 10 }, (_, i) =>
      page(`/p${i}/`, `2024-01-${String(i + 1).padStart(2, "0")}`),
    );
    expect(planShards(pages, 4).map((s) => s.length)).toEqual([4, 4, 2]);
    expect(planShards(pages, 9).map((s) => s.length)).toEqual([5, 5]);
  });
});

describe("shardFolder", () => {
  it("puts the first shard in the bundle itself and the others in numbered folders", () => {
    expect([0, 1, 2].map(shardFolder)).toEqual(["", "2/", "3/"]);
  });
});
