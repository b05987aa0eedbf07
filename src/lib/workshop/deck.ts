/**
 * Turns a validated deck file into the deck the stage uses, and checks what
 * the schema alone cannot: each room question exists in content/quizzes/ and
 * can be answered by a show of hands, and each station's state (start and
 * every script step) is one its widget's spec accepts as given. Problems name
 * the file, the slide and the field, so the build message says what to fix.
 */
import type { Question } from '../quiz/types.ts';
import type { StateSpec, Spec } from '../url-state/index.ts';
import type { DeckFile } from './schema.ts';
import type { Deck, QuestionSlide, RoomOption, Slide, StationWidget } from './types.ts';

/** A question from a chapter quiz, with the quiz (chapter id) it belongs to. */
export interface QuestionSource {
  quiz: string;
  question: Question;
}

export interface DeckContext {
  /** Every quiz question by id. */
  questions: ReadonlyMap<string, QuestionSource>;
  /** The state spec of each widget that can be a station (the station registry). */
  specs: Partial<Record<StationWidget, StateSpec<Spec>>>;
}

/** Room questions are answered with hands up: one count per option. */
function roomOptions(q: Question): { multiple: boolean; options: RoomOption[] } | null {
  if (q.type === 'single' || q.type === 'multiple') {
    return { multiple: q.type === 'multiple', options: q.options.map((o) => ({ text: o.text, correct: o.correct, why: o.why })) };
  }
  if (q.type === 'truefalse') {
    return {
      multiple: false,
      options: [
        { text: 'True', correct: q.answer },
        { text: 'False', correct: !q.answer },
      ],
    };
  }
  return null;
}

function checkState(
  where: string,
  widget: StationWidget,
  spec: StateSpec<Spec>,
  state: Record<string, unknown>,
  problems: string[],
) {
  const parsed = spec.parse(state);
  for (const k of parsed.unknown) {
    problems.push(`${where}, field "${k}": the ${widget} widget has no such state (it knows ${spec.keys.join(', ')})`);
  }
  for (const n of parsed.notices) problems.push(`${where}: ${n}`);
}

/** Builds the deck; returns the problems instead when there are any. */
export function buildDeck(
  id: string,
  file: DeckFile,
  ctx: DeckContext,
): { deck: Deck; problems: string[] } {
  const problems: string[] = [];
  const path = `content/workshops/${id}.yaml`;
  const slides: Slide[] = file.slides.map((s, i): Slide => {
    const where = `${path}: slide ${i + 1} "${s.id}"`;
    if (s.kind === 'question') {
      const src = ctx.questions.get(s.question);
      const room = src ? roomOptions(src.question) : null;
      if (!src) problems.push(`${where}, field "question": no quiz question has the id "${s.question}"`);
      else if (!room) {
        problems.push(
          `${where}, field "question": "${s.question}" is a ${src.question.type} question; a room question must be single, multiple or true/false`,
        );
      }
      const out: QuestionSlide = {
        ...s,
        quiz: src?.quiz ?? '',
        prompt: src?.question.prompt ?? s.title,
        multiple: room?.multiple ?? false,
        options: room?.options ?? [],
        explanation: src?.question.explanation ?? '',
      };
      return out;
    }
    if (s.kind === 'station') {
      const spec = ctx.specs[s.widget];
      if (!spec) problems.push(`${where}, field "widget": the ${s.widget} widget cannot be a station yet`);
      else {
        checkState(`${where}, state`, s.widget, spec, s.state, problems);
        s.script.forEach((step, j) => checkState(`${where}, script step ${j + 1}`, s.widget, spec, step.state, problems));
      }
      return { ...s, caption: s.caption, script: s.script.map((st) => ({ caption: st.caption, state: st.state })) };
    }
    return s as Slide;
  });
  return {
    deck: {
      id,
      title: file.title,
      summary: file.summary,
      audience: file.audience,
      duration: file.duration,
      aspect: file.aspect,
      materials: file.materials,
      slides,
    },
    problems,
  };
}

/** Planned minutes from the start of the deck to the start of each slide. */
export function plannedStarts(deck: Pick<Deck, 'slides'>): number[] {
  const out: number[] = [];
  let t = 0;
  for (const s of deck.slides) {
    out.push(t);
    t += s.minutes;
  }
  return out;
}
