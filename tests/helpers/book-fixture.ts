/**
 * A whole-book print page (/study/print/) in the markup Astro writes for it,
 * for the book tests: two parts, a chapter whose text has a wide table and
 * one with footnotes (the sample compilation has neither), in the forms the
 * site's Markdown pipeline produces (remark-gfm, rehype-table-scroll, PrefixIds).
 */

const WIDE_COLUMNS = [
  "事项",
  "承办股室",
  "办理依据",
  "办结时限",
  "与上一版相比",
  "备注",
  "联系人",
  "联系电话",
];

export const WIDE_TABLE_CHAPTER = `<article class="book-chapter" id="chapter-banjie-shixian" aria-labelledby="chapter-banjie-shixian-title" data-astro-cid-i4l5273k>
<p class="book-part" data-astro-cid-i4l5273k>第一编 工作制度</p>
<h2 id="chapter-banjie-shixian-title" class="chapter-title" data-astro-cid-i4l5273k>限时办结事项表</h2>
<p class="source muted" data-astro-cid-i4l5273k>出处：示例县委组织部文件</p>
<div class="prose" data-astro-cid-i4l5273k><h2 id="banjie-shixian--ch-1">第一章 总则</h2>
<p id="banjie-shixian--art-1" class="article"><a href="#banjie-shixian--art-1" class="article-no">第一条</a> 下列事项按表中时限办结，联办件依照<a href="#jiandu-tongbao--art-2">本选编另一章的第二条</a>办理，详见<a href="/study/jiandu-tongbao/#art-1">监督通报的第一条</a>和<a href="/rules/xianshi-banjie/">限时办结制度</a>。</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="表格（可左右滚动）"><table>
<thead>
<tr>
${WIDE_COLUMNS.map((c) => `<th>${c}</th>`).join("\n")}
</tr>
</thead>
<tbody>
${Array.from(
  { length: 6 },
  (_, row) =>
    `<tr>\n${WIDE_COLUMNS.map((c, col) => `<td>${col === 0 ? `党员组织关系转接（转出县外或者从县外转入）第${row + 1}项` : `${c}示例内容较长的一段文字`}</td>`).join("\n")}\n</tr>`,
).join("\n")}
</tbody>
</table></div>
<p id="banjie-shixian--art-2" class="article"><a href="#banjie-shixian--art-2" class="article-no">第二条</a> 本表自印发之日起施行。<br>如有变化另行通知。</p>
</div>
</article>`;

export const FOOTNOTE_CHAPTER = `<article class="book-chapter" id="chapter-jiandu-tongbao" aria-labelledby="chapter-jiandu-tongbao-title" data-astro-cid-i4l5273k>
<p class="book-part" data-astro-cid-i4l5273k>第二编 监督执纪</p>
<h2 id="chapter-jiandu-tongbao-title" class="chapter-title" data-astro-cid-i4l5273k>干部监督情况通报办法</h2>
<div class="prose" data-astro-cid-i4l5273k><h2 id="jiandu-tongbao--ch-1">第一章 总则</h2>
<p id="jiandu-tongbao--art-1" class="article"><a href="#jiandu-tongbao--art-1" class="article-no">第一条</a> 为了加强干部日常监督<sup><a href="#jiandu-tongbao--user-content-fn-1" id="jiandu-tongbao--user-content-fnref-1" data-footnote-ref="" aria-describedby="jiandu-tongbao--footnote-label">1</a></sup>，制定本办法。</p>
<p>监督信息每季度通报一次。</p>
<p id="jiandu-tongbao--art-2" class="article"><a href="#jiandu-tongbao--art-2" class="article-no">第二条</a> 通报范围包括领导班子成员<sup><a href="#jiandu-tongbao--user-content-fn-2" id="jiandu-tongbao--user-content-fnref-2" data-footnote-ref="" aria-describedby="jiandu-tongbao--footnote-label">2</a></sup>和其他干部 &amp; 工作人员。</p>
<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="jiandu-tongbao--footnote-label">注释</h2>
<ol>
<li id="jiandu-tongbao--user-content-fn-1">
<p>日常监督包括谈心谈话、提醒谈话等。 <a href="#jiandu-tongbao--user-content-fnref-1" data-footnote-backref="" aria-label="返回正文" class="data-footnote-backref">↩</a></p>
</li>
<li id="jiandu-tongbao--user-content-fn-2">
<p>含&lt;党组&gt;成员。 <a href="#jiandu-tongbao--user-content-fnref-2" data-footnote-backref="" aria-label="返回正文" class="data-footnote-backref">↩</a></p>
</li>
</ol>
</section></div>
</article>`;

/** A print page with the given chapter articles (the fixture's two by default). */
export function printPage(
  title = "组工干部业务知识学习资料选编",
  chapters = [WIDE_TABLE_CHAPTER, FOOTNOTE_CHAPTER],
) {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}（全本打印）</title></head><body><main><div class="print-book">
<header class="book-title" data-astro-cid-x><h1 data-astro-cid-x>${title}</h1><p class="muted">共 2 编 2 章</p></header>
<nav class="book-contents"><h2>目录</h2></nav>
${chapters.join("\n")}
</div></main></body></html>`;
}
