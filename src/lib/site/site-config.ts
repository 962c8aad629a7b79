/** Validates the site configuration once, with messages in Chinese. */
import { zhCNErrors } from "../../model/fields.ts";
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from "../../model/site.ts";

export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input, { error: zhCNErrors });
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join(".") || "（整体）"}：${issue.message}`,
  );
  throw new Error(`站点配置 site.config.ts 有误：\n${lines.join("\n")}\n请按提示修改后重新构建。`);
}

/** The host name written in the SiteDomain meta, e.g. zugong.example.com. */
export function siteDomain(config: Pick<SiteConfig, "url">): string {
  return new URL(config.url).host;
}
