/**
 * What the government-site footer shows, derived from the site config; empty
 * fields are left out. The layout follows the 检查指标's 网站底部 items: 主办/承办
 * on one line, contact on the next, the record numbers after them, then the
 * 党政机关网站标识 and 我为政府网站找错 marks.
 */
import type { SiteConfig } from "../../model/site.ts";

export const MIIT_RECORD_URL = "https://beian.miit.gov.cn/";
export const policeRecordUrl = (code: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;

export interface FooterLine {
  label: string;
  text: string;
  /** External record page, when the item links to one. */
  url?: string;
  /** A local image shown before the text (the 公安 record icon). */
  icon?: string;
}

/**
 * 我为政府网站找错: the address the State Council's 找错 script opens for a site
 * and page. A plain link, because the strict CSP runs no script from elsewhere.
 */
export const errorReportUrl = (siteIdCode: string, pageUrl: string) =>
  `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${encodeURIComponent(siteIdCode)}&url=${encodeURIComponent(pageUrl)}`;

/** 咨询建言: a web address as it is, a mailbox as mailto:. */
export const consultationHref = (value: string) => (/^https?:\/\//.test(value) ? value : `mailto:${value}`);

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
      ? {
          label: "公安机关备案号",
          text: config.police.number,
          url: policeRecordUrl(config.police.code),
          ...(config.police.icon ? { icon: config.police.icon } : {}),
        }
      : undefined,
  ];
  return lines.filter((line): line is FooterLine => line !== undefined);
}

const ROWS: readonly (readonly string[])[] = [
  ["主办单位", "承办单位"],
  ["地址", "电话", "电子邮箱"],
  ["网站标识码", "ICP备案号", "公安机关备案号"],
];

/** The footer lines grouped into its rows; a row with nothing filled in is left out. */
export function footerRows(config: SiteConfig): FooterLine[][] {
  const lines = footerLines(config);
  return ROWS.map((labels) => lines.filter((line) => labels.includes(line.label))).filter(
    (row) => row.length > 0,
  );
}
