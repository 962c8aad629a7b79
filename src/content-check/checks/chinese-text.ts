/**
 * Chinese-text hygiene of a content file (src/lib/text/hygiene): leftover
 * pinyin, mojibake and Traditional characters (errors), punctuation, spacing
 * and 文号 forms (warnings), in the front matter's values and the body's
 * prose — never in keys, code, HTML, MDX or addresses. One block per kind and
 * file, with the first places and a count, so a pasted article gives a short
 * report. `scanText` is also what --fix and npm run import apply.
 */
import {
  applyFindings,
  docNumberForms,
  findCornerQuotes,
  findHygiene,
  hasCurlyQuotes,
  headingDateForm,
  inconsistentDocNumbers,
  type DocNumberForm,
  type Finding,
  type FindingKind,
} from "../../lib/text/hygiene/index.ts";
import type { Problem } from "../problem.ts";
import {
  bodyText,
  inside,
  lineAt,
  lineStarts,
  traditionalPassages,
  yamlValues,
  type Range,
} from "../text-segments.ts";
import type { TextSlipSpec } from "../types.ts";
import { DOC_NUMBER_FORMS, HEADING_DATES } from "./doc-number-forms.ts";
import { MOJIBAKE } from "./mojibake.ts";
import { PINYIN_LEFTOVERS } from "./pinyin-leftovers.ts";
import { PUNCTUATION } from "./punctuation.ts";
import { TRADITIONAL } from "./traditional.ts";

export type SlipKind = FindingKind | "heading-dates";

export interface TextSlip extends Omit<Finding, "kind"> {
  kind: SlipKind;
}

export const SLIP_SPECS = {
  pinyin: PINYIN_LEFTOVERS,
  mojibake: MOJIBAKE,
  traditional: TRADITIONAL,
  ...PUNCTUATION,
  "doc-number-forms": DOC_NUMBER_FORMS,
  "heading-dates": HEADING_DATES,
} satisfies Record<SlipKind, TextSlipSpec>;

/** Report order: what must be fixed first. */
const KIND_ORDER = Object.keys(SLIP_SPECS) as SlipKind[];

export interface TextFile {
  /** Project-relative path. */
  file: string;
  text: string;
  /** A Markdown entry (front matter + body) or a YAML data file. */
  kind: "markdown" | "yaml";
  /** The rules collection (文号 forms are checked there). */
  isRule?: boolean;
}

/** The front matter's line range in a Markdown file: [start, end) of its YAML, and where the body starts. */
function splitMarkdown(text: string): { yamlStart: number; yamlEnd: number; bodyStart: number } | undefined {
  const open = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const yamlStart = open[0].length;
  const close = /^---.*$/m.exec(text.slice(yamlStart));
  if (!close) return undefined;
  const yamlEnd = yamlStart + close.index;
  const lineEnd = text.indexOf("\n", yamlEnd);
  return { yamlStart, yamlEnd, bodyStart: lineEnd < 0 ? text.length : lineEnd + 1 };
}

const shift = (findings: readonly Finding[], by: number): Finding[] =>
  findings.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));

/** Whether an entry declares its text Traditional on purpose (front matter traditional: true). */
export const declaresTraditional = (yaml: string): boolean => /^traditional:\s*true\s*(?:#.*)?$/m.test(yaml);

/** Every slip in a file, with offsets into `input.text`. */
export function scanText(input: TextFile): TextSlip[] {
  const { text } = input;
  const parts =
    input.kind === "markdown"
      ? splitMarkdown(text)
      : { yamlStart: 0, yamlEnd: text.length, bodyStart: text.length };
  if (!parts) return [];
  const yaml = text.slice(parts.yamlStart, parts.yamlEnd);
  const traditional = !(input.kind === "markdown" && declaresTraditional(yaml));
  const slips: TextSlip[] = [];
  /** Text seen, for the entry-wide checks (quotes). */
  const textRanges: Range[] = [];
  let docForms: DocNumberForm[] = [];

  for (const value of yamlValues(text, parts.yamlStart, parts.yamlEnd)) {
    const content = text.slice(value.start, value.end);
    // Flow lists and maps ([a, b]) are YAML syntax; traditional: is the switch itself.
    if (value.key === "traditional" || /^[[{]/.test(content)) continue;
    textRanges.push(value);
    slips.push(...shift(findHygiene(content, { traditional }), value.start));
    if (input.isRule && value.key === "docNumber")
      docForms.push(...shiftForms(docNumberForms(content), value.start));
  }

  const body = text.slice(parts.bodyStart);
  let prose: Range[] = [];
  let headings: Range[] = [];
  if (body.trim() !== "") {
    const found = findHygiene(body, { traditional });
    const corners = findCornerQuotes(body);
    const forms = input.isRule ? docNumberForms(body) : [];
    const datedHeadings = input.isRule && /^#{1,6}\s.*\d{4}/m.test(body);
    if (found.length + corners.length + forms.length > 0 || datedHeadings) {
      const tree = bodyText(body, input.file.endsWith(".mdx"));
      if (tree) {
        prose = tree.text.map((r) => ({ start: r.start + parts.bodyStart, end: r.end + parts.bodyStart }));
        headings = tree.headings.map((r) => ({
          start: r.start + parts.bodyStart,
          end: r.end + parts.bodyStart,
        }));
        const keep = (f: { start: number; end: number }) => inside(prose, f.start, f.end);
        slips.push(...shift(found, parts.bodyStart).filter(keep));
        slips.push(...shift(corners, parts.bodyStart).filter(keep));
        docForms = [...docForms, ...shiftForms(forms, parts.bodyStart).filter(keep)];
        textRanges.push(...prose);
      }
    }
  }

  // 「」 are reported where the entry also uses “” (the body's were collected above; the front matter's here).
  const usesCurly = textRanges.some((r) => hasCurlyQuotes(text.slice(r.start, r.end)));
  const result = usesCurly ? slips : slips.filter((s) => s.kind !== "mixed-quotes");
  if (usesCurly) {
    for (const value of yamlValues(text, parts.yamlStart, parts.yamlEnd)) {
      result.push(...shift(findCornerQuotes(text.slice(value.start, value.end)), value.start));
    }
  }
  result.push(...inconsistentDocNumbers(docForms));
  if (input.isRule) result.push(...headingDates(text, headings));

  const passages = traditionalPassages(text);
  const intended = (s: TextSlip) =>
    (s.kind === "traditional" || s.kind === "mixed-quotes") &&
    passages.some((p) => s.start >= p.start && s.end <= p.end);
  return dedupe(result.filter((s) => !intended(s))).sort((a, b) => a.start - b.start || a.end - b.end);
}

const shiftForms = (forms: readonly DocNumberForm[], by: number): DocNumberForm[] =>
  forms.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));

function dedupe(slips: readonly TextSlip[]): TextSlip[] {
  const seen = new Set<string>();
  return slips.filter((s) => {
    const key = `${s.kind}:${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Headings of one rule that write dates two ways: those in the less used form. */
function headingDates(text: string, headings: readonly Range[]): TextSlip[] {
  const dated = headings.flatMap((h) => {
    const form = headingDateForm(text.slice(h.start, h.end));
    return form ? [{ ...h, form }] : [];
  });
  const chinese = dated.filter((d) => d.form === "chinese");
  const numeric = dated.filter((d) => d.form === "numeric");
  if (chinese.length === 0 || numeric.length === 0) return [];
  const minority = numeric.length <= chinese.length ? numeric : chinese;
  return minority.map((h) => ({ kind: "heading-dates", start: h.start, end: h.end }));
}

export interface TextChange {
  line: number;
  kind: SlipKind;
  before: string;
  after: string;
}

/**
 * The file with every safe fix applied, until nothing changes (one fix can
 * make another possible), and what was changed. A second call changes nothing.
 */
export function fixText(input: TextFile): { text: string; changes: TextChange[] } {
  let text = input.text;
  const changes: TextChange[] = [];
  for (let pass = 0; pass < 8; pass++) {
    const slips = scanText({ ...input, text }).filter((s) => s.replacement !== undefined);
    if (slips.length === 0) break;
    const starts = lineStarts(text);
    const next = applyFindings(text, slips as Finding[]);
    if (next === text) break;
    // What applyFindings took (it skips overlaps): the non-overlapping slips in order.
    let reached = -1;
    for (const slip of slips) {
      if (slip.start < reached) continue;
      reached = slip.end;
      const { before, after } = excerpt(text, starts, slip);
      changes.push({ line: lineAt(starts, slip.start), kind: slip.kind, before, after: after ?? before });
    }
    text = next;
  }
  return { text, changes };
}

const CONTEXT = 4;

/** The slip with a few characters of its line on each side, as found and as fixed. */
function excerpt(
  text: string,
  starts: readonly number[],
  slip: TextSlip,
): { before: string; after: string | undefined } {
  const line = lineAt(starts, slip.start);
  const lineStart = starts[line - 1] as number;
  const lineEnd = (starts[line] ?? text.length + 1) - 1;
  // A few characters each side, up to Latin letters (pinyin, English): they would only blur the spot.
  const leftChars = [...text.slice(lineStart, slip.start)].slice(-CONTEXT);
  const rightChars = [...text.slice(slip.end, Math.max(slip.end, lineEnd)).replace(/\r$/, "")].slice(
    0,
    CONTEXT,
  );
  const latinLeft = leftChars.findLastIndex((c) => /\p{Script=Latin}/u.test(c));
  const latinRight = rightChars.findIndex((c) => /\p{Script=Latin}/u.test(c));
  const left = (latinLeft >= 0 ? leftChars.slice(latinLeft + 1) : leftChars).join("").replace(/^[)）]/, "");
  const right = (latinRight >= 0 ? rightChars.slice(0, latinRight) : rightChars)
    .join("")
    .replace(/[(（]$/, "");
  const middle = text.slice(slip.start, slip.end);
  const fixed = slip.replacement ?? slip.suggestion;
  return {
    before: `${left}${middle}${right}`,
    after: fixed === undefined ? undefined : `${left}${fixed}${right}`,
  };
}

/** How many places a grouped block shows. */
const SHOWN = 3;

/** One problem per kind of slip, with the first places and the count. */
export function slipProblems(file: string, text: string, slips: readonly TextSlip[]): Problem[] {
  const starts = lineStarts(text);
  const problems: Problem[] = [];
  for (const kind of KIND_ORDER) {
    const group = slips.filter((s) => s.kind === kind);
    if (group.length === 0) continue;
    const spec: TextSlipSpec = SLIP_SPECS[kind];
    const shown = group
      .slice(0, SHOWN)
      .map((slip) => ({ line: lineAt(starts, slip.start), ...excerpt(text, starts, slip) }));
    const more = group.length > SHOWN ? "……" : "";
    const fixes = shown.filter((s) => s.after !== undefined);
    problems.push({
      severity: spec.severity,
      file,
      line: shown[0]?.line,
      count: group.length,
      message: spec.message,
      found: shown.map((s) => `第 ${s.line} 行“${s.before.trim()}”`).join("；") + more,
      expected:
        fixes.length > 0 && kind !== "mojibake"
          ? fixes.map((s) => `“${(s.after as string).trim()}”`).join("；") + more
          : fixes.length > 0
            ? `${fixes.map((s) => `“${(s.after as string).trim()}”`).join("；")}（${spec.expected}）`
            : spec.expected,
      hint: spec.hint,
    });
  }
  return problems;
}

/** The problems of one file's text. */
export function chineseText(input: TextFile): Problem[] {
  return slipProblems(input.file, input.text, scanText(input));
}
