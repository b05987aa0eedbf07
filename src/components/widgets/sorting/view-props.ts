import type { GameState, SortTask } from '~/lib/sorting/index';

/** What both views of the game take (SortingBoard on a page, SortingStage on a projector). */
export interface SortingViewProps {
  /** The task pool. */
  tasks: SortTask[];
  /** The game as the state describes it. */
  game: GameState;
  /** Called with the game after every move. */
  onupdate: (game: GameState) => void;
}
