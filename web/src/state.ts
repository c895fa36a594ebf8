// The explorer's state lives in the URL hash, so any view (with its filters) can be shared as a link.
export const VIEWS = ["timeline", "map", "network", "reader", "whatif", "conflicts"] as const;
export type View = (typeof VIEWS)[number];

export interface State {
  view: View;
  doc?: string;
  /** Filters shared by all views. */
  actor?: string;
  type?: string;
  from?: string;
  to?: string;
  /** The shared time control (YYYY-MM): timeline, map and network show what happened up to it. */
  at?: string;
  /** Network: the smallest degree of a node shown. */
  deg?: string;
  /** Reader focus: a sentence index. */
  s?: string;
  attacker?: string;
  target?: string;
  date?: string;
  unprovoked?: string;
}

const KEYS: (keyof State)[] = ["view", "doc", "actor", "type", "from", "to", "at", "deg", "s", "attacker", "target", "date", "unprovoked"];

export function readState(): State {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const view = params.get("view") as View | null;
  const state: State = { view: view && (VIEWS as readonly string[]).includes(view) ? view : "timeline" };
  for (const key of KEYS) {
    const value = params.get(key);
    if (key !== "view" && value) (state as unknown as Record<string, string>)[key] = value;
  }
  return state;
}

export function hrefOf(state: State): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  return `#${params.toString()}`;
}

/** A link to a state that differs from the current one in `patch`. */
export function linkTo(patch: Partial<State>): string {
  return hrefOf({ ...readState(), ...patch });
}

export function go(patch: Partial<State>): void {
  const href = linkTo(patch);
  if (href !== location.hash) location.hash = href;
}

/** Changes the URL without a new render (the shared time control and the degree filter update views in place). */
export function replace(patch: Partial<State>): void {
  history.replaceState(null, "", linkTo(patch));
}
