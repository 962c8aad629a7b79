import { describe, expect, it } from "vitest";
import { isValidIsbn, normalizeIsbn } from "../../../src/lib/text/isbn.ts";

/** Independent reference: the ISBN-13 check digit for a 12-digit prefix. */
function isbn13CheckDigit(prefix: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(prefix[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

describe("normalizeIsbn", () => {
  it("removes hyphens and spaces and upper-cases the check character", () => {
    expect(normalizeIsbn(" 0-8044-2957-x ")).toBe("080442957X");
    expect(normalizeIsbn("978 7 301 19694 6")).toBe("9787301196946");
  });
});

describe("isValidIsbn", () => {
  it("accepts well-known valid ISBN-13 and ISBN-10 numbers", () => {
    expect(isValidIsbn("978-0-306-40615-7")).toBe(true);
    expect(isValidIsbn("9780306406157")).toBe(true);
    expect(isValidIsbn("0-306-40615-2")).toBe(true);
    expect(isValidIsbn("0-8044-2957-X")).toBe(true);
  });

  it("accepts a lowercase x as the ISBN-10 check character", () => {
    expect(isValidIsbn("0-8044-2957-x")).toBe(true);
  });

  it("accepts spaces as separators", () => {
    expect(isValidIsbn("978 0 306 40615 7")).toBe(true);
  });

  it("agrees with a reference check-digit computation for Chinese ISBN-13s", () => {
    for (const prefix of ["978730119694", "978710101234", "978754470000", "979100000001"]) {
      const right = isbn13CheckDigit(prefix);
      expect(isValidIsbn(prefix + right)).toBe(true);
      const wrong = String((Number(right) + 1) % 10);
      expect(isValidIsbn(prefix + wrong)).toBe(false);
    }
  });

  it("rejects a wrong check digit", () => {
    expect(isValidIsbn("978-0-306-40615-8")).toBe(false);
    expect(isValidIsbn("0-306-40615-3")).toBe(false);
    expect(isValidIsbn("0-8044-2957-0")).toBe(false);
  });

  it("rejects a swap of two neighbouring ISBN-10 digits", () => {
    expect(isValidIsbn("0-306-40651-2")).toBe(false);
  });

  it("rejects numbers of the wrong length", () => {
    expect(isValidIsbn("978030640615")).toBe(false);
    expect(isValidIsbn("97803064061570")).toBe(false);
    expect(isValidIsbn("030640615")).toBe(false);
    expect(isValidIsbn("")).toBe(false);
  });

  it("rejects X anywhere but the last place of an ISBN-10, and in any ISBN-13", () => {
    expect(isValidIsbn("X-306-40615-2")).toBe(false);
    expect(isValidIsbn("978030640615X")).toBe(false);
  });

  it("rejects other characters, such as a full-width hyphen or letters", () => {
    expect(isValidIsbn("978－0－306－40615－7")).toBe(false);
    expect(isValidIsbn("978-0-306-4O615-7")).toBe(false);
  });
});
