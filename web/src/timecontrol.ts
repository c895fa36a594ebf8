// The one time control shared by the timeline, the map and the network: a month slider over the data's own
// span (BCE to present). It updates the views in place, so the slider keeps focus under the keyboard.
import { el } from "./dom.ts";
import type { Model } from "./model.ts";
import { replace, type State } from "./state.ts";
import { edtfRange, monthEdtf, monthIndex, monthLabel } from "./time.ts";

export interface TimeControl {
  element: HTMLElement;
  /** The month chosen (EDTF YYYY-MM), or undefined at the end of the data (everything shown). */
  value(): string | undefined;
}

export function timeControl(m: Model, state: State, onChange: (at: string | undefined) => void): TimeControl {
  const extent = m.extent();
  if (!extent) {
    return { element: el("div", { class: "timebar", id: "timebar" }, el("span", { class: "meta" }, "No dated events or treaties: the time control has nothing to move over.")), value: () => undefined };
  }
  const min = monthIndex(extent[0]);
  const max = monthIndex(extent[1]);
  const given = state.at ? edtfRange(state.at) : null;
  const start = given ? Math.min(max, Math.max(min, monthIndex(given[0]))) : max;
  const slider = el("input", {
    type: "range",
    id: "at",
    min,
    max,
    step: 1,
    value: start,
    "aria-label": "show what happened up to this month",
    "aria-valuetext": monthLabel(start),
  });
  const shown = el("output", { id: "at-label", for: "at" }, monthLabel(start));
  const current = () => (Number(slider.value) >= max ? undefined : monthEdtf(Number(slider.value)));
  let pending = 0;
  slider.addEventListener("input", () => {
    const index = Number(slider.value);
    shown.textContent = monthLabel(index);
    slider.setAttribute("aria-valuetext", monthLabel(index));
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      replace({ at: current() });
      onChange(current());
    });
  });
  const element = el(
    "div",
    { class: "timebar", id: "timebar" },
    el("label", { for: "at" }, "Up to "),
    shown,
    el("span", { class: "meta range-end" }, monthLabel(min)),
    slider,
    el("span", { class: "meta range-end" }, monthLabel(max)),
  );
  return { element, value: current };
}
