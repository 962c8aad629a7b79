import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  collectionJsonSchema,
  collectionJsonSchemaFiles,
  SCHEMA_FOLDER,
} from "../../../scripts/editor/lib/json-schemas.ts";
import { PROJECT_ROOT } from "../../helpers/build-site.ts";

describe("the committed JSON Schemas", () => {
  it.each(Object.entries(collectionJsonSchemaFiles(PROJECT_ROOT)))(
    "%s is up to date with src/model",
    (name, text) => {
      const committed = readFileSync(path.join(PROJECT_ROOT, SCHEMA_FOLDER, name), "utf8");
      expect(committed, `${SCHEMA_FOLDER}/${name} is out of date: run npm run schemas and commit it`).toBe(
        text,
      );
    },
  );

  it("are wired to the YAML data files in .vscode/settings.json", () => {
    const settings = JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".vscode/settings.json"), "utf8"));
    expect(settings["yaml.schemas"]).toEqual({
      "./.vscode/schemas/departments.schema.json": "src/content/departments.yaml",
      "./.vscode/schemas/pillars.schema.json": "src/content/pillars.yaml",
      "./.vscode/schemas/wukanWubi.schema.json": "src/content/wukan-wubi.yaml",
      "./.vscode/schemas/commitments.schema.json": "src/content/commitments.yaml",
    });
  });
});

describe("collectionJsonSchema", () => {
  const rules = collectionJsonSchema("rules") as {
    properties: Record<string, Record<string, unknown>>;
    required: string[];
    additionalProperties: boolean;
  };

  it("lists the required fields and rejects unknown ones, as the checker does", () => {
    expect(rules.required).toEqual(["title", "issuer", "issued", "status", "category"]);
    expect(rules.additionalProperties).toBe(false);
  });

  it("carries each field's Chinese name and expected form for hover help", () => {
    expect(rules.properties["status"]).toMatchObject({
      title: "时效性",
      enum: ["现行有效", "已修改", "已废止", "尚未生效"],
    });
    expect(rules.properties["docNumber"]?.["description"]).toContain("〔2024〕");
  });

  it("describes dates as YYYY-MM-DD strings", () => {
    expect(rules.properties["issued"]).toMatchObject({ type: "string", format: "date", title: "成文日期" });
    expect(new RegExp(rules.properties["issued"]?.["pattern"] as string).test("2024-03-01")).toBe(true);
  });

  it("offers the pillars in pillars.yaml's order, not the programme's default one", () => {
    const reversed = ["人文型", "有为型", "服务型", "廉政型", "学习型"] as const;
    const schema = collectionJsonSchema("articles", reversed) as typeof rules;
    expect(schema.properties["pillar"]?.["enum"]).toEqual(reversed);
    expect(schema.properties["pillar"]?.["description"]).toContain("人文型、有为型、服务型、廉政型、学习型");
    const commitments = collectionJsonSchema("commitments", reversed) as { items: typeof rules };
    expect(commitments.items.properties["pillar"]?.["enum"]).toEqual(reversed);
    // Other enums keep their own order.
    expect((collectionJsonSchema("rules", reversed) as typeof rules).properties["status"]?.["enum"]).toEqual([
      "现行有效",
      "已修改",
      "已废止",
      "尚未生效",
    ]);
  });

  it("describes the YAML data files as lists", () => {
    expect(collectionJsonSchema("departments")).toMatchObject({
      type: "array",
      items: { required: ["id", "name"] },
    });
  });
});
