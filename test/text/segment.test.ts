import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../../src/text/index.ts";
import { essay, gold } from "../helpers.ts";

const seg = (text: string) => segment({ name: "t", text, dct: null });
const sentencesOf = (text: string) => seg(text).sentences.map((s) => text.slice(s.start, s.end));

test("excludes the essay's trailing blog footer from the content", () => {
  const s = seg(essay);
  const footer = essay.lastIndexOf("No comments:");
  assert.equal(s.contentEnd, footer);
  assert.ok(s.tokens.every((t) => t.end <= s.contentEnd));
  assert.ok(s.paragraphs.every((p) => p.end <= s.contentEnd));
  assert.equal(essay.slice(s.paragraphs.at(-1)!.start, s.paragraphs.at(-1)!.end).endsWith("Praeger, 1996. Print."), true);
});

test("keeps sentences ordered, inside their paragraph and inside the content", () => {
  const s = seg(essay);
  let prevEnd = 0;
  for (const sentence of s.sentences) {
    assert.ok(sentence.start >= prevEnd && sentence.end > sentence.start);
    const p = s.paragraphs[sentence.paragraph!];
    assert.ok(p.start <= sentence.start && sentence.end <= p.end);
    assert.ok(!/\s/.test(essay[sentence.start]) && !/\s/.test(essay[sentence.end - 1]));
    prevEnd = sentence.end;
  }
});

test("joins the essay's hard-wrapped paragraph across its line breaks", () => {
  const s = seg(essay);
  const at = essay.indexOf("In the\nsummer of 1939");
  const p = s.paragraphs.find((x) => x.start === at);
  assert.ok(p, "the wrapped paragraph starts at 'In the'");
  const body = essay.slice(p.start, p.end);
  assert.ok(body.split("\n").length >= 10);
  assert.ok(body.endsWith("to the workers\n(Jones, pg. 183)."));
  const sentence = s.sentences.find((x) => essay.slice(x.start, x.end).startsWith("In the\nsummer"));
  assert.equal(essay.slice(sentence!.start, sentence!.end), "In the\nsummer of 1939 a new conflict over labor in Sakhalin broke out.");
});

test("makes each heading line its own paragraph and sentence", () => {
  const s = seg(essay);
  for (const heading of ["Tensions and Treaties:", "Japanese Aggression:", "The Second World War", "Conclusion:", "Works Cited:"]) {
    const at = essay.indexOf(`\n${heading}\n`) + 1;
    assert.ok(s.paragraphs.some((p) => p.start === at && p.end === at + heading.length), heading);
    assert.ok(s.sentences.some((x) => x.start === at && x.end === at + heading.length), heading);
  }
});

test("never splits a sentence inside one of the essay's citations", { skip: !gold }, () => {
  const s = seg(essay);
  for (const c of gold.citations.list) {
    const inside = s.sentences.filter((x) => x.start <= c.start && c.end <= x.end);
    assert.equal(inside.length, 1, essay.slice(c.start, c.end));
    const sentence = inside[0];
    // the citation closes its sentence or sits inside it, never opens the next one
    assert.ok(sentence.start < c.start, `citation at ${c.start} starts a sentence`);
  }
});

test("does not end sentences at initials and abbreviations", () => {
  assert.deepEqual(sentencesOf("The book by F. C. Jones appeared in London. Robert M. Slusser edited it."), [
    "The book by F. C. Jones appeared in London.",
    "Robert M. Slusser edited it.",
  ]);
  assert.deepEqual(sentencesOf("Gen. Grant met Dr. Smith in St. Louis, i.e. the city, vs. the county (see pg. 12 and e.g. Fig. 3). Then he left."), [
    "Gen. Grant met Dr. Smith in St. Louis, i.e. the city, vs. the county (see pg. 12 and e.g. Fig. 3).",
    "Then he left.",
  ]);
  assert.deepEqual(sentencesOf("Aid came from the U.S. The Soviets were wary of U.S. Navy plans."), [
    "Aid came from the U.S.",
    "The Soviets were wary of U.S. Navy plans.",
  ]);
  assert.deepEqual(sentencesOf("It began after World War I. Also the treaty failed."), ["It began after World War I.", "Also the treaty failed."]);
});

test("keeps sentence-final punctuation inside closing quotes with its sentence", () => {
  assert.deepEqual(sentencesOf("He wrote, “We will not yield.” The next day they yielded. “Why?” she asked."), [
    "He wrote, “We will not yield.”",
    "The next day they yielded.",
    "“Why?” she asked.",
  ]);
  assert.deepEqual(sentencesOf('They called it "a betrayal." Nobody agreed.'), ['They called it "a betrayal."', "Nobody agreed."]);
});

test("attaches a parenthetical citation to the sentence it closes, before or after the period", () => {
  assert.deepEqual(sentencesOf("Troops massed on the border (Jones, pg. 178). The talks failed."), [
    "Troops massed on the border (Jones, pg. 178).",
    "The talks failed.",
  ]);
  assert.deepEqual(sentencesOf("Troops massed on the border. (Jones, pg. 178) The talks failed."), [
    "Troops massed on the border. (Jones, pg. 178)",
    "The talks failed.",
  ]);
});

test("splits blank-line separated paragraphs hard-wrapped at 70 columns", () => {
  const text = [
    "The conference opened in the autumn of 1921 and the delegates argued",
    "for weeks. Nothing was settled until the British delegation proposed a",
    "compromise.",
    "",
    "Results",
    "",
    "The treaty that followed was signed in February. It limited the",
    "navies of the five powers.",
  ].join("\n");
  const s = seg(text);
  assert.deepEqual(s.paragraphs.map((p) => text.slice(p.start, p.end).replace(/\n/g, " ")), [
    "The conference opened in the autumn of 1921 and the delegates argued for weeks. Nothing was settled until the British delegation proposed a compromise.",
    "Results",
    "The treaty that followed was signed in February. It limited the navies of the five powers.",
  ]);
  assert.deepEqual(s.sentences.map((x) => x.paragraph), [0, 0, 1, 2, 2]);
  assert.equal(text.slice(s.sentences[1].start, s.sentences[1].end), "Nothing was settled until the British delegation proposed a\ncompromise.");
});

test("keeps a wrapped line that happens to end a sentence in its paragraph", () => {
  const lines = [
    "Negotiations over the fisheries dragged on through the whole of 1932 and",
    "into the next year. Each side accused the other of bad faith in talks.",
    "Moscow finally agreed to extend the convention for another five years",
    "with minor changes (Jones, pg. 178).",
    "A new paragraph starts here.",
  ];
  const text = lines.join("\n");
  const paragraphs = seg(text).paragraphs.map((p) => text.slice(p.start, p.end));
  assert.equal(paragraphs.length, 2);
  assert.ok(paragraphs[0].endsWith("(Jones, pg. 178)."));
  assert.equal(paragraphs[1], "A new paragraph starts here.");
});

test("recognises blog footers as boilerplate and keeps text without them whole", () => {
  const body = "The war ended in 1945.\nIts effects lasted for decades.";
  const footer = "\nPosted by Anna at 5:12 PM\nLabels: history, Japan\n3 comments:\nPost a Comment\nNewer Post Older Post Home\nSubscribe to: Post Comments (Atom)\n";
  assert.equal(seg(body + footer).contentEnd, body.length + 1);
  assert.equal(seg(body).contentEnd, body.length);
  assert.equal(seg("Home").contentEnd, 4, "a text that is only a footer word is not emptied");
});

test("handles CRLF line endings without putting the carriage return in spans", () => {
  const text = "First paragraph here.\r\nSecond one (Jones, pg. 3).\r\n";
  const s = seg(text);
  assert.deepEqual(s.paragraphs.map((p) => text.slice(p.start, p.end)), ["First paragraph here.", "Second one (Jones, pg. 3)."]);
});

test("segments a 200,000-character line of parentheses without failing", () => {
  const text = "(".repeat(200_000);
  const s = seg(text);
  assert.equal(s.paragraphs.length, 1);
  assert.equal(s.sentences.length, 1);
  assert.equal(s.tokens.length, 200_000);
});

test("leaves a whole parenthesised sentence after a period on its own", () => {
  assert.deepEqual(sentencesOf("The line held. (See the map on page 5.) The next day it broke."), [
    "The line held.",
    "(See the map on page 5.)",
    "The next day it broke.",
  ]);
});

test("reads 'no', 'art' and 'p' as abbreviations only before a number", () => {
  assert.deepEqual(sentencesOf("The answer was no. Treaty No. 5 was signed. They loved art. See p. 4 and Mar. 3 for details."), [
    "The answer was no.",
    "Treaty No. 5 was signed.",
    "They loved art.",
    "See p. 4 and Mar. 3 for details.",
  ]);
});

test("ends the content at a comment section, readers' comments included", () => {
  const body = "The war ended in 1945.\nIts effects lasted for decades.\n";
  const comments = "2 comments:\nAnonymous said...\nGreat post, very clear.\nMarch 5, 2015 at 3:12 PM\nPost a Comment\nHome\n";
  assert.equal(seg(body + comments).contentEnd, body.length);
});

test("does not take a title-case fragment inside a wrapped paragraph for a heading", () => {
  const text = [
    "The long dispute over the fishing grounds between the Soviet Union and",
    "Imperial Japan Over Sakhalin",
    "continued for years, and neither side gave way on the main points.",
  ].join("\n");
  assert.equal(seg(text).paragraphs.length, 1);
});

test("splits one paragraph of 300,000 sentences without running out of stack", () => {
  const s = seg("War came. ".repeat(300_000));
  assert.equal(s.paragraphs.length, 1);
  assert.equal(s.sentences.length, 300_000);
});

test("numbered reference markers after a period end the sentence and stay with it", () => {
  assert.deepEqual(sentencesOf("The treaty opened two ports to American vessels.[1] It also ensured the safety of castaways."), [
    "The treaty opened two ports to American vessels.[1]",
    "It also ensured the safety of castaways.",
  ]);
  assert.deepEqual(sentencesOf("Desertion rates began to increase.[10][11] On the Western Front, the Allies attacked."), [
    "Desertion rates began to increase.[10][11]",
    "On the Western Front, the Allies attacked.",
  ]);
  // An abbreviation before the marker does not end the sentence, nor a marker before a lower-case word.
  assert.deepEqual(sentencesOf("The U.S.[4] Senate agreed. See p.[5] for more."), ["The U.S.[4] Senate agreed.", "See p.[5] for more."]);
});
