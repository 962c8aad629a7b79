/** What the government-site footer shows, derived from the site config; empty fields are left out. */
import type { SiteConfig } from "../../model/site.ts";

export const MIIT_RECORD_URL = "https://beian.miit.gov.cn/";
export const policeRecordUrl = (code: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;

export interface FooterLine {
  label: string;
  text: string;
  /** External record page, when the item links to one. */
  url?: string;
}

export function footerLines(config: SiteConfig): FooterLine[] {
  const lines: Array<FooterLine | undefined> = [
    config.organizer ? { label: "主办单位", text: config.organizer } : undefined,
    config.operator ? { label: "承办单位", text: config.operator } : undefined,
    config.address ? { label: "地址", text: config.address } : undefined,
    config.phone ? { label: "电话", text: config.phone } : undefined,
    config.email ? { label: "电子邮箱", text: config.email } : undefined,
    config.siteIdCode ? { label: "网站标识码", text: config.siteIdCode } : undefined,
    config.icp ? { label: "ICP备案号", text: config.icp, url: MIIT_RECORD_URL } : undefined,
    config.police
      ? { label: "公安机关备案号", text: config.police.number, url: policeRecordUrl(config.police.code) }
      : undefined,
  ];
  return lines.filter((line): line is FooterLine => line !== undefined);
}
