/** A commitment's measure counts by the commitment's own period (commitments.yaml). */
import { commitmentsDocs, MEASURES, type CommitmentData } from "../../model/commitments.ts";
import { showValue, type Problem } from "../problem.ts";
import { lineIn, type ValidatedEntry } from "../types.ts";

/** A measure counts per year or per month; the commitment that uses it must have that period. */
export function commitmentMeasures(commitments: readonly ValidatedEntry<CommitmentData>[]): Problem[] {
  return commitments.flatMap(({ entry, data }) => {
    if (!data.measure) return [];
    const period = MEASURES[data.measure].period;
    if (period === data.period) return [];
    return [
      {
        severity: "error" as const,
        file: entry.file,
        line: lineIn(entry, "period"),
        field: "period",
        fieldLabel: commitmentsDocs.period.label,
        message: `统计方法“${data.measure}”按${period.slice(1)}统计，与这项要求的周期不一致`,
        found: showValue(data.period),
        expected: `“${period}”`,
        hint: `把 period 改为 ${period}，或删去 measure 这一行（网站就不统计这一项）。`,
      },
    ];
  });
}
