/**
 * The five pillars in pillars.yaml's order. The set of names is fixed (PILLARS);
 * their order, ids and wording come from the file, so a department that reorders
 * the file sees its order in every list.
 */
import { PILLARS, type Pillar } from "../../model/fields.ts";

export interface Tagged {
  data: { pillar?: Pillar | undefined };
}

/**
 * The pillar names in the order a pillars file gives them; names the file lacks
 * (the check reports them) follow in the programme's order, so no list loses one.
 */
export function pillarOrder(namesInFile: readonly unknown[]): Pillar[] {
  const known = namesInFile.filter((n): n is Pillar => PILLARS.includes(n as Pillar));
  const unique = [...new Set(known)];
  return [...unique, ...PILLARS.filter((p) => !unique.includes(p))];
}

/** How many entries (of any collections) are tagged with each pillar, keyed in `order`. */
export function taggedCounts(
  order: readonly Pillar[],
  ...lists: ReadonlyArray<readonly Tagged[]>
): Map<Pillar, number> {
  const all = lists.flat();
  return new Map(order.map((p) => [p, all.filter((e) => e.data.pillar === p).length]));
}

/** A kind of content tagged with pillars, and how its entries are linked and titled. */
export interface TaggedKind {
  /** e.g. 规章制度. */
  label: string;
  /** In the order they are to be listed. */
  entries: ReadonlyArray<Tagged & { id: string; data: { title: string } }>;
  path: (id: string) => string;
  /** How a title is shown, e.g. in 《》 for a book. */
  title?: (title: string) => string;
}

export interface TaggedGroup {
  label: string;
  links: Array<{ path: string; title: string }>;
}

/** For each pillar (in `order`), the content tagged with it, kind by kind; empty kinds left out. */
export function taggedGroups(
  order: readonly Pillar[],
  kinds: readonly TaggedKind[],
): Map<Pillar, TaggedGroup[]> {
  return new Map(
    order.map((pillar) => [
      pillar,
      kinds
        .map(({ label, entries, path, title = (t: string) => t }) => ({
          label,
          links: entries
            .filter((e) => e.data.pillar === pillar)
            .map((e) => ({ path: path(e.id), title: title(e.data.title) })),
        }))
        .filter((group) => group.links.length > 0),
    ]),
  );
}
