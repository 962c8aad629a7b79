/**
 * JSON Schemas of the content, generated from the zod schemas in src/schemas,
 * so editors can complete and check fields as they type. The generated files
 * are committed under .vscode/schemas/ (npm run schemas writes them; a test
 * fails when they are out of date).
 */
import { z } from "astro/zod";
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  type CollectionName,
} from "../../src/lib/content-check/collections.ts";

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
  const options = (def as z.core.$ZodUnionDef).options;
  if (!options.some((option) => option._zod.def.type === "date")) return;
  delete ctx.jsonSchema["anyOf"];
  Object.assign(ctx.jsonSchema, { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
}

function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => dayAsString(ctx as never),
  }) as JsonSchema;
}

/** The JSON Schema of one collection: front matter of a Markdown file, or a whole YAML list file. */
export function collectionJsonSchema(collection: CollectionName): JsonSchema {
  const spec = COLLECTIONS[collection];
  const { $schema, ...item } = toJsonSchema(spec.schema);
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

/** Every schema file: name → text, as written to disk. */
export function collectionJsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      schemaFileName(name),
      `${JSON.stringify(collectionJsonSchema(name), null, 2)}\n`,
    ]),
  );
}
