// What a correction may change, per layer: apart from the corrections themselves, so that the command line
// can list it without loading the schemas.
export const CORRECTABLE = {
  entities: ["wikidata", "label", "kind"],
  events: ["type", "cameo", "source", "target", "date", "modality", "place"],
  timexes: ["value", "type"],
  treaties: ["name", "signed", "ends", "duration", "parties", "place"],
} as const;
export type CorrectableLayer = keyof typeof CORRECTABLE;

export function isCorrectableLayer(layer: string): layer is CorrectableLayer {
  return Object.hasOwn(CORRECTABLE, layer);
}
