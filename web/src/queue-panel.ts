// A small panel in the header with the ingest queue's progress (GET /api/queue): shown while documents
// are queued or running (and afterwards, when this page saw them, or while failed ones are left), with
// the failed documents and their errors folded out on demand. It asks again every few seconds.
import type { QueueStatus } from "../../src/schema.ts";
import { getJson } from "./api.ts";
import { clear, el } from "./dom.ts";
import "./queue-panel.css";

const BUSY_MS = 2000;
const IDLE_MS = 15000;

export function startQueuePanel(parent: HTMLElement): void {
  const panel = el("section", { id: "queue-panel", "aria-label": "Ingest queue", "aria-live": "polite", hidden: true });
  parent.append(panel);
  let seenRunning = false;
  const tick = async () => {
    let status: QueueStatus | null = null;
    try {
      status = await getJson<QueueStatus>("/api/queue");
    } catch {
      // an API without the queue (or a moment without the server): nothing to show
    }
    const pending = status ? status.queued + status.running : 0;
    seenRunning ||= pending > 0;
    const show = !!status?.available && (pending > 0 || status.failed > 0 || seenRunning);
    panel.hidden = !show;
    if (show && status) render(panel, status);
    setTimeout(tick, pending > 0 ? BUSY_MS : IDLE_MS);
  };
  void tick();
}

function render(panel: HTMLElement, s: QueueStatus): void {
  clear(panel);
  const total = s.queued + s.running + s.done + s.failed;
  const finished = s.done + s.failed;
  const pending = s.queued + s.running;
  panel.dataset.state = pending > 0 ? "running" : "idle";
  panel.append(
    el("span", { class: "queue-title" }, pending > 0 ? "Ingesting" : "Ingest queue"),
    el("progress", { max: Math.max(total, 1), value: finished, "aria-label": `${finished} of ${total} documents finished` }),
    count("queued", s.queued),
    count("running", s.running),
    count("done", s.done),
    count("failed", s.failed),
    el("span", { class: "queue-rate" }, pending > 0 ? `${s.rate.toFixed(1)}/s · ${eta(s.etaSeconds)}` : "idle"),
  );
  if (s.failures.length) {
    panel.append(
      el(
        "details",
        { class: "queue-failures" },
        el("summary", {}, `${s.failed} failed document${s.failed === 1 ? "" : "s"}`),
        el("ul", {}, ...s.failures.map((f) => el("li", {}, el("strong", {}, f.name), `: ${f.error}`))),
      ),
    );
  }
}

function count(what: string, n: number): HTMLElement {
  return el("span", { class: `queue-count queue-${what}`, "data-count": n }, el("b", {}, n), ` ${what}`);
}

function eta(seconds: number | null): string {
  if (seconds === null) return "time left unknown";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s left`;
  if (s < 3600) return `${Math.round(s / 60)} min left`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min left`;
}
