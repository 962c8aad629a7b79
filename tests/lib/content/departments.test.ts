import { describe, expect, it } from "vitest";
import { departmentNames } from "../../../src/lib/content/departments.ts";

describe("departmentNames", () => {
  it("gives each department's name by its id", () => {
    const names = departmentNames([
      { id: "zuzhi-gu", data: { name: "组织股" } },
      { id: "bangongshi", data: { name: "办公室" } },
    ]);
    expect(names.get("zuzhi-gu")).toBe("组织股");
    expect(names.get("none")).toBeUndefined();
  });
});
