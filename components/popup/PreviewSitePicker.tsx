import { SITES } from '../../shared/feed/schema';
import { labelOf } from '../../shared/sites/registry';
import { usePopupStore } from './popup-store';

/** Which network's version of each item the cards show (and Copy copies). */
export function PreviewSitePicker() {
  const { previewSite, setPreviewSite } = usePopupStore();
  return (
    <div role="radiogroup" aria-labelledby="preview-picker-label" className="preview-picker">
      <span id="preview-picker-label">Text for</span>
      {SITES.map((site) => (
        <label key={site}>
          <input
            type="radio"
            name="preview-site"
            value={site}
            checked={previewSite === site}
            onChange={() => setPreviewSite(site)}
          />
          {labelOf(site)}
        </label>
      ))}
    </div>
  );
}
