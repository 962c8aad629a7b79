/**
 * Types the checks share (kept apart from the checks themselves, so no check
 * imports another to reach a type): an entry as read, one that passed its
 * schema, and what a body check is given.
 */
import type { CollectionName } from "../model/collections.ts";
import type { SourceEntry } from "./load.ts";
import { lineOfKey } from "./source-lines.ts";

export type { SourceEntry };

/** An entry whose data passed its collection's schema (`data` is the parsed output). */
export interface ValidatedEntry<T = Record<string, unknown>> {
  entry: SourceEntry;
  data: T;
}

export interface ValidateOptions {
  /** Whether a project-relative path exists (for cover and body images). */
  fileExists: (projectPath: string) => boolean;
}

/** What a check of a Markdown body is given. */
export interface BodyContext {
  collection: CollectionName;
  /** Project-relative path of the Markdown file, with forward slashes. */
  file: string;
  body: string;
  /** File line number of the body's first line. */
  firstLine: number;
  /** Whether a project-relative path exists. */
  fileExists: (projectPath: string) => boolean;
}

/** The line of a top-level field in an entry's source. */
export const lineIn = (entry: SourceEntry, key: string): number | undefined =>
  lineOfKey(entry.source, [key], { startLine: entry.startLine });

/** How one kind of Chinese-text slip is reported (checks/chinese-text.ts groups them per file). */
export interface TextSlipSpec {
  severity: "error" | "warning";
  /** What is wrong, one short sentence (the report adds the count). */
  message: string;
  /** What the text should be, when the examples do not show it. */
  expected?: string;
  /** What to do; says whether npm run check -- --fix does it. */
  hint: string;
  /** Short label for the --fix diff, e.g. 删去拼音. */
  fixLabel: string;
}
