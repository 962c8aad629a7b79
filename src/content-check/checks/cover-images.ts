/** A book's cover image must be where its front matter says. */
import path from "node:path";
import { booksDocs } from "../../model/books.ts";
import { showValue, type Problem } from "../problem.ts";
import { lineIn, type ValidatedEntry, type ValidateOptions } from "../types.ts";

export function coverImages(books: readonly ValidatedEntry[], options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  for (const book of books) {
    const cover = book.data["cover"] as string | undefined;
    if (!cover) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(book.entry.file), cover));
    if (!options.fileExists(target)) {
      problems.push({
        severity: "error",
        file: book.entry.file,
        line: lineIn(book.entry, "cover"),
        field: "cover",
        fieldLabel: booksDocs.cover.label,
        message: "封面图片文件不存在",
        found: showValue(cover),
        expected: `相对本文件的图片路径，例如 ./covers/${book.entry.id}.jpg（查找的位置：${target}）`,
        hint: "把图片放到该位置，或改正路径（注意大小写和扩展名）。",
      });
    }
  }
  return problems;
}
