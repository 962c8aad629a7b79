/**
 * npm run schemas — writes the JSON Schemas of the content (generated from the
 * zod schemas in src/model) to .vscode/schemas/, for completion and checking
 * in VS Code. Run it after changing a schema, and commit the result.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { collectionJsonSchemaFiles, SCHEMA_FOLDER } from "./lib/json-schemas.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const folder = path.join(root, SCHEMA_FOLDER);
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(collectionJsonSchemaFiles(root))) {
  writeFileSync(path.join(folder, name), text);
  console.log(`已生成 ${SCHEMA_FOLDER}/${name}`);
}
