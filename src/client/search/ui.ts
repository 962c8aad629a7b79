/**
 * <zg-search>: the search page's form and results. The server-rendered form
 * is disabled until this script has loaded the index, so nothing is
 * clickable that cannot work. State lives in the URL (?q=…), so a search can
 * be shared and the back button works.
 */
import { FILTERS, menuValues } from "../../lib/search/facets.ts";
import { chineseWordSplitter, relaxedQuery } from "../../lib/search/relax.ts";
import {
  describeFilters,
  readSearchState,
  writeSearchState,
  type SearchState,
} from "../../lib/search/url-state.ts";
import {
  allFilters,
  IndexUnavailableError,
  preloadQuery,
  RANK_MEASURE,
  runSearch,
  type Hit,
  type SearchEngine,
  type SearchOutcome,
} from "../../lib/search/engine.ts";
import { loadSearchEngine } from "./load-engine.ts";

const PAGE_SIZE = 10;

/** After this long without results, the status line says that the search is running. */
const SEARCHING_NOTICE_MS = 300;
/**
 * Screens this narrow (phones) show the filters folded: open, the seven menus would push the
 * first result below the fold. The folded panel names the filters in use.
 */
const FOLD_FILTERS = "(max-width: 40em)";
/** A pause in typing this long fetches the index files for what has been typed so far. */
const PRELOAD_AFTER_MS = 150;

class SearchPage extends HTMLElement {
  #engine: SearchEngine | undefined;
  #outcome: SearchOutcome | undefined;
  #shown = 0;
  #loadingMore = false;
  /** Every value of each filter on the site, in menu order. */
  #menuValues: Record<string, string[]> = {};
  #counts: Record<string, Record<string, number>> = {};
  #run = 0;

  get form() {
    return this.querySelector("form") as HTMLFormElement;
  }
  get input() {
    return this.querySelector<HTMLInputElement>('input[name="q"]') as HTMLInputElement;
  }
  get status() {
    return this.querySelector(".search-status") as HTMLElement;
  }
  get list() {
    return this.querySelector(".search-results") as HTMLOListElement;
  }
  get filtersPanel() {
    return this.querySelector(".filters") as HTMLDetailsElement;
  }
  get suggestion() {
    return this.querySelector(".search-suggest") as HTMLElement;
  }
  get clearButton() {
    return this.querySelector(".search-clear") as HTMLButtonElement;
  }
  get moreButton() {
    return this.querySelector(".search-more") as HTMLButtonElement;
  }
  select(name: string) {
    return this.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  }

  async connectedCallback() {
    if (window.matchMedia(FOLD_FILTERS).matches) this.filtersPanel.open = false;
    this.status.textContent = "正在加载搜索索引……";
    try {
      this.#engine = await loadSearchEngine(this.dataset["bundle"] ?? "/pagefind/");
    } catch {
      this.status.textContent = "搜索索引加载失败，请刷新页面重试。";
      return;
    }
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#go(this.#stateFromForm(), "push");
    });
    this.form.addEventListener("change", (event) => {
      // Filters and sort apply at once; the query applies on submit.
      if ((event.target as HTMLElement).tagName === "SELECT") void this.#go(this.#stateFromForm(), "push");
    });
    this.moreButton.addEventListener("click", () => void this.#showMore());
    // While the reader types, the index files the query will need are fetched, so that Enter finds
    // them loaded. Not mid-composition in an input method: the pinyin typed so far is not the text.
    let preload: number | undefined;
    const preloadSoon = () => {
      window.clearTimeout(preload);
      preload = window.setTimeout(() => {
        preloadQuery(this.#engine as SearchEngine, this.input.value).catch(() => {});
      }, PRELOAD_AFTER_MS);
    };
    this.input.addEventListener("input", (event) => {
      if (!event.isComposing) preloadSoon();
    });
    this.input.addEventListener("compositionend", preloadSoon);
    // The suggested looser query (#looserSearch) is a link, so it can also be opened in a new tab.
    this.suggestion.querySelector("a")?.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // a new tab or window
      event.preventDefault();
      const link = event.currentTarget as HTMLAnchorElement;
      this.input.focus();
      void this.#go(readSearchState(new URL(link.href).searchParams), "push");
    });
    // Filters are easy to forget (folded on a phone): when they leave nothing, one button drops them all.
    this.clearButton.addEventListener("click", () => {
      this.input.focus();
      void this.#go({ ...this.#stateFromForm(), filters: {} }, "push");
    });
    window.addEventListener("popstate", () => void this.#go(this.#stateFromUrl(), "none"));
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>(
      "input, button, select",
    )) {
      control.disabled = false;
    }
    this.moreButton.disabled = false;
    await this.#go(this.#stateFromUrl(), "none");
    // The filter menus list every value; loaded after the first results so they do not delay them.
    // data-filter-order: the orders the site's own files give (pillars.yaml, departments.yaml …).
    this.#menuValues = menuValues(
      await allFilters(this.#engine),
      JSON.parse(this.dataset["filterOrder"] ?? "{}") as Record<string, string[]>,
    );
    this.#renderFilterOptions(this.#counts);
  }

  #stateFromUrl(): SearchState {
    return readSearchState(new URLSearchParams(window.location.search));
  }

  #stateFromForm(): SearchState {
    return readSearchState(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  /**
   * Searches for `query` exactly as the form does and resolves with the
   * result links once they are shown (the search benchmark drives the UI
   * through this).
   */
  async runQuery(query: string): Promise<string[]> {
    await this.#go({ ...this.#stateFromForm(), query }, "none");
    return [...this.list.querySelectorAll<HTMLAnchorElement>("h3 a")].map(
      (a) => a.getAttribute("href") ?? "",
    );
  }

  /** Runs a search, reflects it in the form and (unless navigating history) in the URL. */
  async #go(state: SearchState, history: "push" | "none") {
    this.dataset["state"] = "busy";
    try {
      await this.#search(state, history);
    } finally {
      this.dataset["state"] = "ready";
    }
  }

  async #search(state: SearchState, history: "push" | "none") {
    if (history === "push") {
      const query = writeSearchState(state).toString();
      window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
    }
    this.#fillForm(state);
    const run = ++this.#run;
    if (!state.query && Object.keys(state.filters).length === 0) {
      this.#outcome = undefined;
      this.list.replaceChildren();
      this.moreButton.hidden = true;
      this.suggestion.hidden = true;
      this.clearButton.hidden = true;
      this.status.textContent = "请输入要查找的文字，例如：限时办结、第二十三条、年轻干部。";
      this.#renderFilterOptions({});
      return;
    }
    // The page changes once, when the results are ready: a frame drawn half-way (a cleared list, a
    // "searching" line) only delays the search, and on a fast search it is a flicker. A slow search
    // says that it is searching.
    const slow = window.setTimeout(() => {
      if (run === this.#run) this.status.textContent = "正在搜索……";
    }, SEARCHING_NOTICE_MS);
    try {
      const started = performance.now();
      const outcome = await runSearch(this.#engine as SearchEngine, state);
      // How long ranking took, as a User Timing measure: browser tools and the search eval read it.
      performance.measure(RANK_MEASURE, { start: started });
      if (run !== this.#run) return; // a newer search has started
      const hits = await outcome.hits(0, PAGE_SIZE);
      // Nothing found as written: found with the words apart? Asked before the page changes, once.
      const looser = hits.length === 0 && state.query ? await this.#looserSearch(state) : undefined;
      if (run !== this.#run) return;
      this.#outcome = outcome;
      this.#shown = 0;
      this.list.replaceChildren();
      this.#renderFilterOptions(outcome.filterCounts);
      this.#append(hits);
      // Results are confirmed as they load, so the count is known once the first ones are.
      this.status.textContent = searchStatus(state.query, outcome);
      this.clearButton.hidden = outcome.total > 0 || Object.keys(state.filters).length === 0;
      this.#suggest(looser);
    } catch (error) {
      // The earlier results stay.
      if (run === this.#run) this.#reportFailure(error);
    } finally {
      window.clearTimeout(slow);
    }
  }

  /** The query with its long terms split into words (relax.ts), if that search finds something. */
  async #looserSearch(state: SearchState): Promise<SearchState | undefined> {
    const split = chineseWordSplitter();
    const query = split && relaxedQuery(state.query, split);
    if (!query) return undefined;
    const looser = { ...state, query };
    try {
      const found = await (await runSearch(this.#engine as SearchEngine, looser)).hits(0, 1);
      return found.length > 0 ? looser : undefined;
    } catch {
      return undefined; // only a suggestion: the search itself has its answer
    }
  }

  #suggest(state: SearchState | undefined) {
    this.suggestion.hidden = !state;
    if (!state) return;
    const link = this.suggestion.querySelector("a") as HTMLAnchorElement;
    link.href = `?${writeSearchState(state).toString()}`;
    link.textContent = state.query;
  }

  async #showMore() {
    const outcome = this.#outcome;
    // One "more" at a time: a second click while the next results load would add them twice.
    if (!outcome || this.#loadingMore) return;
    const run = this.#run;
    let hits: Hit[];
    this.#loadingMore = true;
    try {
      hits = await outcome.hits(this.#shown, PAGE_SIZE);
    } catch (error) {
      if (run === this.#run) this.#reportFailure(error);
      return;
    } finally {
      this.#loadingMore = false;
    }
    if (run !== this.#run) return;
    const first = this.#shown;
    this.#append(hits);
    // After "more", move focus to the first new result so keyboard users continue from there.
    if (first > 0) this.list.children[first]?.querySelector("a")?.focus();
  }

  /**
   * A search that could not finish: an index file that did not load is the network (or a site
   * updated meanwhile), and trying again helps; anything else is a fault of this page, logged too.
   */
  #reportFailure(error: unknown) {
    const unavailable = error instanceof IndexUnavailableError;
    this.status.textContent = unavailable
      ? "搜索没有完成：部分索引文件未能加载。请检查网络后重试，或刷新页面。"
      : "搜索出错了，请刷新页面后重试。";
    if (!unavailable) console.error(error);
  }

  #append(hits: Hit[]) {
    const outcome = this.#outcome as SearchOutcome;
    this.list.append(...hits.map(renderHit));
    this.#shown += hits.length;
    this.moreButton.hidden = outcome.exact && this.#shown >= outcome.total;
  }

  #fillForm(state: SearchState) {
    this.input.value = state.query;
    for (const [name] of FILTERS) {
      const select = this.select(name);
      if (select) select.dataset["value"] = state.filters[name] ?? "";
    }
    const sort = this.select("sort");
    if (sort) sort.value = state.sort;
    const chosen = describeFilters(state);
    (this.filtersPanel.querySelector(".filters-chosen") as HTMLElement).textContent = chosen
      ? `（已选：${chosen}）`
      : "";
  }

  /** Every known value of each filter, with the count for the current search. */
  #renderFilterOptions(counts: Record<string, Record<string, number>>) {
    this.#counts = counts;
    for (const [name] of FILTERS) {
      const select = this.select(name);
      if (!select) continue;
      const wanted = select.dataset["value"] ?? "";
      const options = [new Option("全部", "")];
      for (const value of this.#menuValues[name] ?? []) {
        const count = counts[name]?.[value];
        options.push(new Option(count === undefined ? value : `${value}（${count}）`, value));
      }
      select.replaceChildren(...options);
      select.value = wanted;
    }
  }
}

function renderHit(hit: Hit): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-hit";
  const heading = document.createElement("h3");
  const link = document.createElement("a");
  link.href = hit.url;
  link.textContent = hit.title;
  heading.append(link);
  // A rule no longer (or not yet) in force says so beside its title, and leads to the version that is.
  let version: HTMLParagraphElement | undefined;
  if (hit.status) {
    const label = document.createElement("span");
    label.className = "search-hit-status";
    label.textContent = hit.status;
    heading.append(" ", label);
    if (hit.current) {
      version = document.createElement("p");
      version.className = "search-hit-version";
      const current = document.createElement("a");
      current.href = hit.current.url;
      current.textContent = hit.current.title;
      version.append("现行版本：", current);
    }
  }
  const meta = document.createElement("p");
  meta.className = "search-hit-meta";
  meta.textContent = [hit.collection, hit.date && formatDate(hit.date), hit.section]
    .filter(Boolean)
    .join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "search-hit-excerpt";
  // Pagefind escapes the page text and adds only <mark>; see cleanExcerpt.
  excerpt.innerHTML = hit.excerpt;
  item.append(heading, ...(version ? [version] : []), meta, excerpt);
  return item;
}

/** The status line once a search is done: the result count, or what to try when there is none. */
function searchStatus(query: string, outcome: SearchOutcome): string {
  if (outcome.total === 0)
    return query
      ? `没有找到与“${query}”相关的内容。可以换一个说法、减少关键词，或取消筛选条件再试。`
      : "没有符合筛选条件的内容。";
  const count = `${outcome.exact ? "" : "约 "}${outcome.total}`;
  // A query in Traditional characters was searched in Simplified: the line says so.
  const searched = outcome.query !== query ? `（按简体“${outcome.query}”查找）` : "";
  return query ? `找到 ${count} 条与“${query}”相关的结果${searched}` : `共有 ${count} 条符合筛选条件的内容`;
}

function formatDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

customElements.define("zg-search", SearchPage);
