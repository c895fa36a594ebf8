// `annalist serve` and `annalist start` as a user runs them: a real port on loopback.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { root } from "../helpers.ts";

/** Runs the command until it prints the explorer URL; returns it, the output and a way to stop it. */
function launch(args: string[]): Promise<{ url: string; out: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [`${root}bin/annalist.js`, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const url = out.match(/explorer: (http:\/\/\S+)/)?.[1];
      if (url) resolve({ url, out, stop });
    });
    child.stderr.on("data", (chunk) => (err += chunk));
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${err}`)));
  });
}

test("serve binds to 127.0.0.1 and serves the API and the explorer with a strict content policy", async () => {
  const { url, stop } = await launch(["serve", "--port", "0", "--memory"]);
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const docs = await fetch(`${url}api/documents`);
    assert.equal(docs.status, 200);
    assert.deepEqual(await docs.json(), []);
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="view">/);
    assert.match(page.headers.get("content-security-policy") ?? "", /script-src 'self'/);
    const missing = await fetch(`${url}api/documents/nope`);
    assert.equal(missing.status, 404);
  } finally {
    await stop();
  }
});

test("start stores the bundled essay and prints what it stored", async () => {
  const { url, out, stop } = await launch(["start", "--port", "0", "--memory"]);
  try {
    assert.match(out, /stored: soviet-japanese-relations\.txt .*\d+ citations.*\d+ events.*\d+ treaties/);
    const docs = await (await fetch(`${url}api/documents`)).json();
    assert.equal(docs.length, 1);
    assert.equal(docs[0].name, "soviet-japanese-relations.txt");
  } finally {
    await stop();
  }
});

test("a port that is not a number is refused with a usage error", async () => {
  await assert.rejects(launch(["serve", "--port", "http", "--memory"]), /--port must be a number/);
});

test("the static files stay inside the web bundle", async () => {
  const { url, stop } = await launch(["serve", "--port", "0", "--memory"]);
  try {
    for (const path of ["..%2f..%2fpackage.json", "%2e%2e/%2e%2e/package.json", "assets/..%2f..%2f..%2fpackage.json"]) {
      const res = await fetch(`${url}${path}`);
      assert.doesNotMatch(await res.text(), /"name": "annalist"/, path);
    }
    assert.equal((await fetch(`${url}%E0%A4%A`)).status, 400);
  } finally {
    await stop();
  }
});
