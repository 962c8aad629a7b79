import { describe, expect, it } from "vitest";
import { closest } from "../../src/content-check/suggest.ts";
import { RULE_STATUSES } from "../../src/model/rules.ts";
import { SESSION_FORMATS } from "../../src/model/sessions.ts";

const articleKeys = [
  "title",
  "authors",
  "department",
  "date",
  "abstract",
  "keywords",
  "pillar",
  "published",
  "award",
];

describe("closest", () => {
  it("suggests the field an editor probably meant", () => {
    expect(closest("titel", articleKeys)).toBe("title");
    expect(closest("author", articleKeys)).toBe("authors");
    expect(closest("keyword", articleKeys)).toBe("keywords");
  });

  it("completes a form written short to the one form that contains it", () => {
    expect(closest("座谈讨论", SESSION_FORMATS)).toBe("组工干部座谈讨论");
    expect(closest("专题讲座", SESSION_FORMATS)).toBe("部领导或股室负责人专题讲座");
    expect(closest("讲", SESSION_FORMATS)).toBeUndefined();
  });

  it("ignores letter case", () => {
    expect(closest("Title", articleKeys)).toBe("title");
  });

  it("completes a shortened Chinese status such as 现行 to 现行有效", () => {
    expect(closest("现行", RULE_STATUSES)).toBe("现行有效");
    expect(closest("已废除", RULE_STATUSES)).toBe("已废止");
  });

  it("suggests nothing when the input is far from every candidate", () => {
    expect(closest("colour", articleKeys)).toBeUndefined();
    expect(closest("有效", ["已废止"])).toBeUndefined();
    expect(closest("summaryText", ["summary"])).toBeUndefined();
  });

  it("suggests nothing when there are no candidates", () => {
    expect(closest("title", [])).toBeUndefined();
  });
});
