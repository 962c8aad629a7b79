import { describe, expect, it } from "vitest";
import { pinPdfDates } from "../../../src/lib/book/pdf-dates.ts";

describe("the PDF's dates", () => {
  it("are the edition's date, written in place so the file keeps its length", () => {
    const pdf = Buffer.from(
      "<<\n/CreationDate (D:20261202063246+00'00')\n/ModDate (D:20261202063246+00'00')>>\n\xe4",
      "latin1",
    );
    const pinned = Buffer.from(pinPdfDates(pdf, "2025-11-30"));
    expect(pinned.toString("latin1")).toBe(
      "<<\n/CreationDate (D:20251130000000+00'00')\n/ModDate (D:20251130000000+00'00')>>\n\xe4",
    );
    expect(pinned.length).toBe(pdf.length);
  });
});
