/**
 * JSON Schemas of the content, generated from the zod schemas in src/model,
 * so editors can complete and check fields as they type. The generated files
 * are committed under .vscode/schemas/ (npm run schemas writes them; a test
 * fails when they are out of date).
 */
import { z } from "astro/zod";
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../../../src/model/collections.ts";
import { PILLARS, type Pillar } from "../../../src/model/fields.ts";
import { readContentIndex } from "./content-index.ts";

/** Where the generated files live, relative to the project root. */
export const SCHEMA_FOLDER = ".vscode/schemas";

export const schemaFileName = (collection: CollectionName) => `${collection}.schema.json`;

type JsonSchema = Record<string, unknown>;

/**
 * A day in front matter: the union of a YAML date and a string (see
 * dayField) becomes a string in the standard YYYY-MM-DD form, which is what
 * editors should write (the content check also accepts 2024年3月1日 with a warning).
 */
function dayAsString(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }): void {
  const def = ctx.zodSchema._zod.def;
  if (def.type !== "union") return;
  const options = def.options;
  if (!options.some((option) => option._zod.def.type === "date")) return;
  delete ctx.jsonSchema["anyOf"];
  Object.assign(ctx.jsonSchema, { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
}

/**
 * The pillars as pillars.yaml orders them, in the enum editors pick from and in
 * the description that lists them (zod holds them in the programme's order).
 */
function pillarsInOrder(jsonSchema: JsonSchema, order: readonly Pillar[]): void {
  const values = jsonSchema["enum"];
  const isPillarEnum =
    Array.isArray(values) && values.length === PILLARS.length && PILLARS.every((p) => values.includes(p));
  if (!isPillarEnum) return;
  jsonSchema["enum"] = [...order];
  const description = jsonSchema["description"];
  if (typeof description === "string")
    jsonSchema["description"] = description.replace(PILLARS.join("、"), order.join("、"));
}

function toJsonSchema(schema: z.ZodType, pillarOrder: readonly Pillar[]): JsonSchema {
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      dayAsString(ctx);
      pillarsInOrder(ctx.jsonSchema, pillarOrder);
    },
  });
}

/** The JSON Schema of one collection: front matter of a Markdown file, or a whole YAML list file. */
export function collectionJsonSchema(
  collection: CollectionName,
  pillarOrder: readonly Pillar[] = PILLARS,
): JsonSchema {
  const spec = COLLECTIONS[collection];
  const { $schema, ...item } = toJsonSchema(spec.schema, pillarOrder);
  if (spec.kind === "markdown") {
    return {
      $schema,
      title: `${spec.label}（src/content/${spec.path}/*.md 的前置元数据）`,
      ...item,
    };
  }
  return {
    $schema,
    title: `${spec.label}（src/content/${spec.path}）`,
    type: "array",
    items: item,
  };
}

/** Every schema file of the project at `root`: name → text, as written to disk. */
export function collectionJsonSchemaFiles(root: string): Record<string, string> {
  const { pillars } = readContentIndex(root);
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      schemaFileName(name),
      `${JSON.stringify(collectionJsonSchema(name, pillars), null, 2)}\n`,
    ]),
  );
}
