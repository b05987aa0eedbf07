/**
 * Line pictograms for the moments of the journey recap (24 × 24, drawn with
 * stroke="currentColor"). Decorative: the text beside each says the same.
 */
import type { Icon } from '../../../lib/recap/moments.ts';

export const RECAP_ICONS: Record<Icon, readonly string[]> = {
  video: ['M3 6.5h12v11H3z', 'M15 10.5l6-3v9l-6-3', 'M7.5 9.5v5l4-2.5z'],
  website: ['M3 4.5h18v15H3z', 'M3 8.5h18', 'M6 6.5h.01', 'M8.5 6.5h.01', 'M7 12h10', 'M7 15.5h6'],
  guide: ['M2.5 5.5c3.2-1.2 6.3-1 9.5 1 3.2-2 6.3-2.2 9.5-1v13c-3.2-1.2-6.3-1-9.5 1-3.2-2-6.3-2.2-9.5-1z', 'M12 6.5v13'],
  calendar: ['M4 5.5h16v15H4z', 'M4 9.5h16', 'M8.5 3v4', 'M15.5 3v4', 'M9 15l2 2 4-4'],
  checklist: ['M10 6h10', 'M10 12h10', 'M10 18h10', 'M3.5 6l1.5 1.5 3-3', 'M3.5 12l1.5 1.5 3-3', 'M4 17h3v3H4z'],
  building: ['M4 21V4h10v17', 'M14 9h6v12', 'M2 21h20', 'M7 8h4', 'M7 12h4', 'M7 16h4', 'M17 13h.01', 'M17 17h.01'],
  presentation: ['M3 4h18v11H3z', 'M12 15v4', 'M8 21l4-2 4 2', 'M7 11.5l3-3 3 2 4-4'],
  scales: ['M12 3.5v17', 'M7 20.5h10', 'M4 7h16', 'M6 7l-3 6.5h6z', 'M18 7l-3 6.5h6z'],
  pen: ['M15 4l5 5L9 20H4v-5z', 'M13 6l5 5', 'M4 20l5-5'],
  phone: ['M5 3.5h3.5l2 5-2.5 1.5a11 11 0 0 0 6 6l1.5-2.5 5 2V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5.5a2 2 0 0 1 2-2z'],
  plant: ['M7 14h10l-1.5 7h-7z', 'M12 14V8', 'M12 10.5C8 10.5 6 8.5 6 4.5c4 0 6 2 6 6z', 'M12 9c0-3 2-5 6-5 0 3-2 5-6 5z'],
  gift: ['M4 10.5h16V21H4z', 'M3 7h18v3.5H3z', 'M12 7v14', 'M12 7C10 3 6 3 6 5.5S9 7 12 7z', 'M12 7c2-4 6-4 6-1.5S15 7 12 7z'],
  referral: ['M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M2.5 20a5.5 5.5 0 0 1 11 0', 'M15 9.5h6.5', 'M18.5 6.5l3 3-3 3'],
};
