/** The five pillars: fixed ASCII anchors for the values editors write, and tagged-content lookup. */
import { PILLARS, type Pillar } from "../schemas/common.ts";

const IDS: Record<Pillar, string> = {
  学习型: "xuexi",
  廉政型: "lianzheng",
  服务型: "fuwu",
  有为型: "youwei",
  人文型: "renwen",
};

/** ASCII anchor of a pillar, e.g. 学习型 → xuexi (the same ids pillars.yaml uses). */
export const pillarId = (pillar: Pillar): string => IDS[pillar];

export interface Tagged {
  data: { pillar?: Pillar | undefined };
}

/** Entries tagged with each pillar, in programme order. */
export function byPillar<T extends Tagged>(entries: readonly T[]): Map<Pillar, T[]> {
  return new Map(PILLARS.map((p) => [p, entries.filter((e) => e.data.pillar === p)]));
}
