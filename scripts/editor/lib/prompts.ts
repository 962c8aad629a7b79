/** Questions in the terminal, in Chinese, for the interactive mode of npm run new and npm run import. */
import type { Interface } from "node:readline/promises";

export interface Choice {
  value: string;
  label: string;
}

export interface Prompter {
  /** A line of text; Enter gives `defaultValue` (or ""). */
  ask(question: string, defaultValue?: string): Promise<string>;
  /**
   * One of `choices`, by number or by value. Enter gives `defaultValue`;
   * with `other`, any other text is returned as typed; with `skip`, Enter
   * without a default gives "" (fill it in later).
   */
  choose(
    question: string,
    choices: readonly Choice[],
    options?: { defaultValue?: string; other?: boolean; skip?: boolean },
  ): Promise<string>;
}

/** A prompter on a readline interface (the terminal, or a script of answers in tests). */
export function readlinePrompter(rl: Interface, write: (text: string) => void): Prompter {
  return {
    async ask(question, defaultValue) {
      const suffix = defaultValue ? `（回车用“${defaultValue}”）` : "";
      const answer = (await rl.question(`${question}${suffix}：`)).trim();
      return answer === "" ? (defaultValue ?? "") : answer;
    },
    async choose(question, choices, options = {}) {
      write(`${question}\n`);
      choices.forEach((c, i) => write(`  ${i + 1}. ${c.label}\n`));
      const tips = [
        options.defaultValue
          ? `回车选“${choices.find((c) => c.value === options.defaultValue)?.label ?? options.defaultValue}”`
          : "",
        options.skip && !options.defaultValue ? "回车表示以后再填" : "",
        options.other ? "也可以直接输入新的内容" : "",
      ].filter(Boolean);
      for (;;) {
        const answer = (
          await rl.question(`请输入序号${tips.length ? `（${tips.join("，")}）` : ""}：`)
        ).trim();
        if (answer === "") {
          if (options.defaultValue !== undefined) return options.defaultValue;
          if (options.skip) return "";
        }
        const byNumber = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : undefined;
        if (byNumber) return byNumber.value;
        const byValue = choices.find((c) => c.value === answer || c.label === answer);
        if (byValue) return byValue.value;
        if (options.other && answer !== "") return answer;
        write(`没有这一项，请输入 1 到 ${choices.length} 之间的序号。\n`);
      }
    },
  };
}
