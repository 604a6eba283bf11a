import { nextPhrasingOffset } from '../shared/share/pick-phrasing';
import { phrasingOffsetsItem } from './storage';

/** Moves an item to its next wording for good ("Another wording"), from the popup or the page alike. */
export async function chooseAnotherWording(key: string, count: number): Promise<void> {
  const offsets = await phrasingOffsetsItem.getValue();
  const next = nextPhrasingOffset(offsets[key], count);
  const { [key]: _previous, ...others } = offsets;
  // Back at the install's own pick: nothing to remember.
  await phrasingOffsetsItem.setValue(next === 0 ? others : { ...others, [key]: next });
}
