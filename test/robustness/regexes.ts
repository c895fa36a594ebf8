// Collects every regular expression written in the source: regex literals and `new RegExp("…")` /
// `RegExp("…")` calls with literal arguments, found with TypeScript's own parser.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|mts)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
    });
}

const isLiteralText = (n: ts.Node | undefined): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  !!n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));

export function collectRegexes(root: string, dir = "src"): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const path of sourceFiles(join(root, dir))) {
    const file = relative(root, path);
    const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf("/");
        found.push({ file, line: at(n), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === "RegExp") {
        const [pattern, flags] = n.arguments ?? [];
        if (isLiteralText(pattern)) found.push({ file, line: at(n), source: pattern.text, flags: isLiteralText(flags) ? flags.text : "" });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

/** Characters a pattern is about: its literal characters, and a member of each class it uses. */
export function alphabetOf(source: string): string[] {
  const chars = new Set<string>();
  const classes: Record<string, string[]> = { d: ["1"], w: ["a", "_"], s: [" ", "\n"], b: [], p: ["a", "A"], D: ["a"], W: ["-"], S: ["a"], n: ["\n"], t: ["\t"], r: ["\r"] };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\" && i + 1 < source.length) {
      const e = source[++i];
      for (const x of classes[e] ?? (/[a-zA-Z0-9]/.test(e) ? [] : [e])) chars.add(x);
    } else if (!"()[]{}|?*+^$".includes(c)) {
      chars.add(c === "." ? "a" : c);
    }
  }
  return [...chars];
}

/**
 * Long inputs built from the pattern's own characters: each character, each adjacent pair and the whole
 * literal text repeated to about `length` characters, with and without a tail that matches nothing.
 */
export function adversarialInputs(source: string, length = 50_000): string[] {
  const alphabet = alphabetOf(source);
  const units = new Set<string>([...alphabet, " ", "a", "1"]);
  for (let i = 0; i + 1 < alphabet.length && i < 24; i++) units.add(alphabet[i] + alphabet[i + 1]);
  const literal = alphabet.join("");
  if (literal.length > 2) units.add(literal);
  const inputs: string[] = [];
  for (const u of units) {
    const body = u.repeat(Math.ceil(length / u.length));
    inputs.push(body, `${body}\u0000`, `${body}\u2603!`);
  }
  return inputs;
}
