/** Fields whose value must be unique in a collection (one book a month, one chapter an order number). */
import { COLLECTIONS, type CollectionName } from "../../model/collections.ts";
import { showValue, type Problem } from "../problem.ts";
import { lineIn, type ValidatedEntry } from "../types.ts";

/** Entries sharing a value that must be unique: each of them is reported, naming the others. */
export function uniqueValues(
  items: readonly ValidatedEntry[],
  collection: CollectionName,
  key: string,
  message: string,
  hint: string,
): Problem[] {
  const label = (COLLECTIONS[collection].docs as Record<string, { label: string } | undefined>)[key]?.label;
  const groups = new Map<string, ValidatedEntry[]>();
  for (const item of items) {
    const value = String(item.data[key]);
    groups.set(value, [...(groups.get(value) ?? []), item]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((item) => ({
        severity: "error" as const,
        file: item.entry.file,
        line: lineIn(item.entry, key),
        field: key,
        fieldLabel: label,
        message: `${message}：与 ${group
          .filter((other) => other !== item)
          .map((other) => other.entry.file)
          .join("、")} 相同`,
        found: showValue(item.data[key]),
        hint,
      })),
    );
}
