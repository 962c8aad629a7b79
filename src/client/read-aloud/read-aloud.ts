/**
 * <zg-read-aloud>: 朗读全文 / 暂停 / 继续 and 停止 for the page's main text, with
 * the browser's own speech synthesis (window.speechSynthesis): nothing is sent
 * anywhere by this code, and only voices on the device are chosen (see
 * chooseVoice). One utterance per block (heading, paragraph, list item, table
 * row; see readableBlocks), the block being read highlighted and kept in view.
 * Without speech synthesis the control stays hidden (CSS already hides it
 * unless preferences-init.js found the API and set data-speech on <html>).
 */
import {
  chooseVoice,
  READ_ALOUD_LABELS,
  READ_ALOUD_MESSAGES,
  readableBlocks,
  type ReadableBlock,
  type ReadAloudEvent,
  type ReadAloudState,
  type TreeAdapter,
} from "../../lib/reading/read-aloud.ts";

/** Set on the block being read; ReadAloud.astro styles it. */
const CURRENT = "data-read-aloud-current";

const domAdapter: TreeAdapter<Node> = {
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? "") : undefined),
  tag: (node) => (node instanceof Element ? node.localName : ""),
  attribute: (node, name) => (node instanceof Element ? node.getAttribute(name) : null),
  children: (node) => (node instanceof Element ? node.childNodes : []),
  // Left out by a style rule, e.g. shown only in print or only under some condition.
  isHidden: (node) => node instanceof Element && getComputedStyle(node).display === "none",
};

/** The article body on content pages (rules, chapters, books, articles), else the whole main content. */
const textRoot = (): Element | null =>
  document.querySelector("main [data-pagefind-body]") ?? document.querySelector("main");

const supported = () => "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";

class ReadAloud extends HTMLElement {
  #state: ReadAloudState = "idle";
  #blocks: ReadableBlock<Node>[] = [];
  #index = 0;
  /** Bumped on every start and stop, so events of a cancelled utterance are ignored. */
  #session = 0;
  /** Utterances held until they end, so none is garbage-collected before its end event (a Chromium quirk). */
  readonly #pending = new Set<SpeechSynthesisUtterance>();
  #main: HTMLButtonElement | null = null;
  #stop: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;

  connectedCallback() {
    this.#main = this.querySelector<HTMLButtonElement>("[data-read-aloud-main]");
    this.#stop = this.querySelector<HTMLButtonElement>("[data-read-aloud-stop]");
    this.#status = this.querySelector<HTMLElement>("[data-read-aloud-status]");
    if (!supported() || !this.#main || !this.#stop) {
      this.hidden = true;
      return;
    }
    this.#main.addEventListener("click", () => {
      if (this.#state === "idle") this.#start();
      else if (this.#state === "playing") this.#pause();
      else this.#resume();
    });
    this.#stop.addEventListener("click", () => {
      this.#end("stopped");
      this.#main?.focus();
    });
    this.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.#state !== "idle") {
        this.#end("stopped");
        this.#main?.focus();
      }
    });
    // Reading stops with the page (some browsers would go on speaking after navigation).
    window.addEventListener("pagehide", () => {
      if (this.#state !== "idle") this.#end("stopped");
    });
    // Chromium fills the voice list asynchronously; asking early gets it loading.
    speechSynthesis.getVoices();
    this.#render();
  }

  #start() {
    const root = textRoot();
    this.#blocks = root ? readableBlocks<Node>(root, domAdapter) : [];
    if (this.#blocks.length === 0) {
      this.#announce("empty");
      return;
    }
    speechSynthesis.cancel();
    this.#session += 1;
    this.#index = 0;
    this.#state = "playing";
    this.#announce("started");
    this.#render();
    this.#speakCurrent();
  }

  #pause() {
    speechSynthesis.pause();
    this.#state = "paused";
    this.#announce("paused");
    this.#render();
  }

  #resume() {
    speechSynthesis.resume();
    this.#state = "playing";
    this.#announce("resumed");
    this.#render();
  }

  /** Stops reading (停止, the end of the text, or an error) and removes the highlight. */
  #end(event: ReadAloudEvent) {
    this.#session += 1;
    this.#pending.clear();
    speechSynthesis.cancel();
    this.#state = "idle";
    this.#highlight(undefined);
    this.#announce(event);
    this.#render();
  }

  #speakCurrent() {
    const block = this.#blocks[this.#index];
    if (!block) {
      this.#end("finished");
      return;
    }
    this.#highlight(block.node);
    const session = this.#session;
    const utterance = new SpeechSynthesisUtterance(block.text);
    utterance.lang = "zh-CN";
    const voice = chooseVoice(speechSynthesis.getVoices());
    if (voice) {
      utterance.voice = voice;
      utterance.lang = voice.lang;
    }
    utterance.addEventListener("end", () => {
      this.#pending.delete(utterance);
      if (session !== this.#session) return;
      this.#index += 1;
      this.#speakCurrent();
    });
    utterance.addEventListener("error", (event: SpeechSynthesisErrorEvent) => {
      this.#pending.delete(utterance);
      // Cancelling (停止, a new start) reports an error on the utterance it cut short.
      if (session !== this.#session || event.error === "interrupted" || event.error === "canceled") return;
      this.#end("failed");
    });
    this.#pending.add(utterance);
    speechSynthesis.speak(utterance);
  }

  #highlight(node: Node | undefined) {
    for (const el of document.querySelectorAll(`[${CURRENT}]`)) el.removeAttribute(CURRENT);
    if (!(node instanceof Element)) return;
    node.setAttribute(CURRENT, "");
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    node.scrollIntoView({ block: "nearest", behavior: smooth ? "smooth" : "auto" });
  }

  #announce(event: ReadAloudEvent) {
    if (this.#status) this.#status.textContent = READ_ALOUD_MESSAGES[event];
  }

  #render() {
    if (!this.#main || !this.#stop) return;
    this.#main.textContent = READ_ALOUD_LABELS[this.#state];
    this.#stop.hidden = this.#state === "idle";
    this.dataset["state"] = this.#state;
    this.hidden = false;
  }
}

customElements.define("zg-read-aloud", ReadAloud);
