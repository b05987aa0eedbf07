/**
 * Bad content fails the build with a message that says what to fix, naming the
 * file and the field. Each case builds a small fixture site (the real schemas,
 * components and content, one or two pages) with one file broken. The broken
 * files are made from the real ones, so the cases follow the content as it changes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dump, load } from 'js-yaml';
import { buildFixture } from './support/build-copy';

const BUILD_TIMEOUT = 180_000;
const CHAPTER = 'content/chapters/01-defining-the-disciplines.mdx';
const QUIZ = 'content/quizzes/defining-the-disciplines.yaml';
const ROLEPLAY = `content/roleplay/${
  readdirSync('content/roleplay')
    .filter((f) => f.endsWith('.yaml'))
    .sort()[0]
}`;

type Yaml = Record<string, unknown>;
const readYaml = (path: string) => load(readFileSync(path, 'utf8')) as Yaml;

describe('a broken file fails the build, naming the file and the field', () => {
  it(
    'a chapter with a wrong and a missing frontmatter field',
    () => {
      const src = readFileSync(CHAPTER, 'utf8');
      const broken = src.replace(/^summary:.*$/m, 'summary: 42').replace(/^minutes:.*\n/m, '');
      expect(broken).not.toBe(src);
      const { ok, output } = buildFixture({ changes: { [CHAPTER]: broken } });
      expect(ok).toBe(false);
      expect(output).toMatch(/01-defining-the-disciplines\.mdx/);
      expect(output).toMatch(/summary/);
      expect(output).toMatch(/minutes/);
    },
    BUILD_TIMEOUT,
  );

  it(
    'a <Term> with an unknown glossary id, naming the id and the page',
    () => {
      const src = readFileSync(CHAPTER, 'utf8');
      const broken = src.replace(/<Term id="[a-z0-9-]+">/, '<Term id="nope">');
      expect(broken).not.toBe(src);
      const { ok, output } = buildFixture({
        changes: { [CHAPTER]: broken },
        pages: ['chapters/[slug].astro'],
      });
      expect(ok).toBe(false);
      expect(output).toMatch(/<Term id="nope">/);
      expect(output).toMatch(/no glossary entry with the id "nope" in content\/glossary\.yaml/);
      expect(output).toMatch(/\/chapters\/defining-the-disciplines\//);
    },
    BUILD_TIMEOUT,
  );

  it(
    'a glossary entry pointing at a chapter that does not exist',
    () => {
      const yaml = readFileSync('content/glossary.yaml', 'utf8');
      const broken = `${yaml.trimEnd()}\n- id: test-orphan\n  term: Orphan term\n  definition: A term whose chapter does not exist, used only by this test.\n  chapter: no-such-chapter\n`;
      const { ok, output } = buildFixture({
        changes: { 'content/glossary.yaml': broken },
        pages: ['glossary/index.astro'],
      });
      expect(ok).toBe(false);
      expect(output).toMatch(
        /content\/glossary\.yaml: entry "test-orphan" \(Orphan term\): chapter "no-such-chapter" does not exist/,
      );
    },
    BUILD_TIMEOUT,
  );

  it(
    'a quiz question whose ref points at a missing heading',
    () => {
      const quiz = readYaml(QUIZ);
      const question = (quiz.questions as Yaml[])[0]!;
      const chapter = String(question.ref).split('#')[0];
      question.ref = `${chapter}#no-such-heading`;
      const { ok, output } = buildFixture({
        changes: { [QUIZ]: dump(quiz) },
        pages: ['quiz/index.astro'],
      });
      expect(ok).toBe(false);
      expect(output).toContain(
        `${QUIZ}, question "${String(question.id)}": ref "${chapter}#no-such-heading": chapter "${chapter}" has no heading "#no-such-heading"`,
      );
    },
    BUILD_TIMEOUT,
  );

  it(
    'a single-choice question with more than one right answer',
    () => {
      const quiz = readYaml(QUIZ);
      const question = (quiz.questions as Yaml[]).find((q) => q.type === 'single')!;
      for (const option of question.options as Yaml[]) option.correct = true;
      const { ok, output } = buildFixture({ changes: { [QUIZ]: dump(quiz) } });
      expect(ok).toBe(false);
      expect(output).toMatch(/defining-the-disciplines/);
      expect(output).toContain(
        `question "${String(question.id)}": a single-choice question needs exactly one correct option (found ${(question.options as Yaml[]).length})`,
      );
    },
    BUILD_TIMEOUT,
  );

  it(
    'a role-play reply leading to a node that does not exist',
    () => {
      const play = readYaml(ROLEPLAY);
      const nodes = play.nodes as Yaml[];
      const node = nodes.find(
        (n) => Array.isArray(n.replies) && (n.replies as Yaml[]).some((r) => r.next),
      )!;
      const replies = node.replies as Yaml[];
      const index = replies.findIndex((r) => r.next);
      replies[index]!.next = 'nowhere';
      const { ok, output } = buildFixture({ changes: { [ROLEPLAY]: dump(play) } });
      expect(ok).toBe(false);
      expect(output).toContain(ROLEPLAY.replace('content/', ''));
      expect(output).toMatch(
        new RegExp(
          `node "${String(node.id)}": reply ${index + 1} leads to "nowhere", which is not a node`,
        ),
      );
    },
    BUILD_TIMEOUT,
  );
});
