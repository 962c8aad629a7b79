/**
 * --online: whether each external link answers. HEAD first (cheap), then GET
 * when HEAD fails or is refused (many servers answer HEAD with 403/405), with
 * a timeout per request and a limit on requests at once.
 */

export interface UrlCheck {
  status?: number | undefined;
  error?: string | undefined;
}

export interface OnlineOptions {
  timeoutMs?: number;
  concurrency?: number;
  fetch?: typeof fetch;
}

const HEADERS = { "User-Agent": "zugong-portal-audit (site self-check)", Accept: "*/*" };

function describeError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return `${timeoutMs / 1000} 秒内没有响应`;
  const code = e.cause?.code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "域名无法解析";
  if (code === "ECONNREFUSED") return "连接被拒绝";
  if (code === "ECONNRESET") return "连接被重置";
  if (code?.startsWith("CERT_") || code?.includes("CERT") || code === "DEPTH_ZERO_SELF_SIGNED_CERT")
    return `证书无效（${code}）`;
  return e.cause?.message ?? e.message ?? String(error);
}

async function request(
  url: string,
  method: "HEAD" | "GET",
  options: Required<OnlineOptions>,
): Promise<UrlCheck> {
  try {
    const response = await options.fetch(url, {
      method,
      headers: HEADERS,
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    // Only the status matters: do not download the body.
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status };
  } catch (error) {
    return { error: describeError(error, options.timeoutMs) };
  }
}

export async function checkUrl(url: string, options: OnlineOptions = {}): Promise<UrlCheck> {
  const all = { timeoutMs: 10_000, concurrency: 8, fetch: globalThis.fetch, ...options };
  const head = await request(url, "HEAD", all);
  if (head.status !== undefined && head.status < 400) return head;
  const get = await request(url, "GET", all);
  // A server that drops HEAD but answers GET with an error: the GET answer is the real one.
  return get.status !== undefined || head.status === undefined ? get : head;
}

/** Checks every URL, at most `concurrency` at once. */
export async function checkUrls(
  urls: readonly string[],
  options: OnlineOptions = {},
): Promise<Map<string, UrlCheck>> {
  const results = new Map<string, UrlCheck>();
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift())
      results.set(url, await checkUrl(url, options));
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, queue.length)) }, worker),
  );
  return results;
}
