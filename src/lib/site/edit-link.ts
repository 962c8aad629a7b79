/** 编辑此页: the address that opens a content file for editing in the repository. */

/**
 * The edit address of `filePath` (project-relative, e.g. src/content/rules/x.md)
 * under `editBaseUrl`: the path is appended, or put where the base has
 * `{path}`. Undefined when no base is configured, which hides the link.
 */
export function editLink(editBaseUrl: string, filePath: string | undefined): string | undefined {
  const base = editBaseUrl.trim();
  if (base === "" || !filePath) return undefined;
  const encoded = filePath
    .replaceAll("\\", "/")
    .replace(/^\.?\//, "")
    .split("/")
    .map(encodeURIComponent)
    .join("/");
  if (base.includes("{path}")) return base.replace("{path}", encoded);
  return `${base.endsWith("/") ? base : `${base}/`}${encoded}`;
}
