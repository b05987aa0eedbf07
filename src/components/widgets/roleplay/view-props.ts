import type { Scenario } from '~/lib/roleplay/graph';
import type { Position } from '~/lib/roleplay/model';

/** What every view of a conversation takes (RoleplayStatic, RoleplayTalk, RoleplayStage). */
export interface ConversationProps {
  /** The conversation being played. */
  scenario: Scenario;
  /** Where in it the reader is: the turns so far and the current line. */
  pos: Position;
}
