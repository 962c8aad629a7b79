import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkUrl, checkUrls } from "../../../scripts/audit/lib/online.ts";

/** A local server standing in for other sites: never the internet in tests. */
let server: Server;
let origin: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    if (request.url === "/ok") response.writeHead(200).end("好");
    else if (request.url === "/head-refused") response.writeHead(request.method === "HEAD" ? 405 : 200).end();
    else if (request.url === "/moved") response.writeHead(301, { Location: "/ok" }).end();
    else if (request.url === "/slow") setTimeout(() => response.writeHead(200).end(), 2_000);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("checkUrl", () => {
  it("takes HEAD's answer when it succeeds, following redirects", async () => {
    expect(await checkUrl(`${origin}/ok`)).toEqual({ status: 200 });
    expect(await checkUrl(`${origin}/moved`)).toEqual({ status: 200 });
    expect(seen).not.toContain("GET /ok");
  });

  it("falls back to GET when HEAD is refused or fails", async () => {
    expect(await checkUrl(`${origin}/head-refused`)).toEqual({ status: 200 });
    expect(seen).toContain("GET /head-refused");
    expect(await checkUrl(`${origin}/gone`)).toEqual({ status: 404 });
  });

  it("reports a timeout and a refused connection in Chinese", async () => {
    expect(await checkUrl(`${origin}/slow`, { timeoutMs: 200 })).toEqual({ error: "0.2 秒内没有响应" });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkUrl(`http://127.0.0.1:${port}/`)).toEqual({ error: "连接被拒绝" });
  });
});

describe("checkUrls", () => {
  it("checks every URL with at most `concurrency` requests at once", async () => {
    let open = 0;
    let most = 0;
    const fakeFetch = (async () => {
      open += 1;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, 20));
      open -= 1;
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    const urls = Array.from({ length: 10 }, (_, i) => `https://example.gov.cn/${i}`);
    const results = await checkUrls(urls, { concurrency: 3, fetch: fakeFetch });
    expect([...results.keys()].sort()).toEqual([...urls].sort());
    expect([...results.values()].every((r) => r.status === 204)).toBe(true);
    expect(most).toBe(3);
  });
});
