import { useMemo } from 'react';
import type { PhrasingChoice } from '../../shared/share/pick-phrasing';
import { installIdItem, phrasingOffsetsItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';
import { earlyInstallId, earlyPhrasingOffsets } from './early-reads';

const firstInstallId = earlyInstallId.then((id) => id ?? installIdItem.getValue());

/** This install's wording choices, current as "Another wording" changes them; undefined until read. */
export function usePhrasingChoice(): PhrasingChoice | undefined {
  const installId = useStorageItem(installIdItem, firstInstallId);
  const offsets = useStorageItem(phrasingOffsetsItem, earlyPhrasingOffsets);
  return useMemo(() => (installId && offsets ? { installId, offsets } : undefined), [installId, offsets]);
}
