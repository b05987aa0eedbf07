/**
 * Turns the live figure into files: a standalone SVG (theme colours resolved,
 * so it looks the same outside the page) and a PNG drawn from that SVG.
 */

const PAINT_ATTRS = ['fill', 'stroke'] as const;

/** A copy of the SVG with every var(--token) replaced by the colour the page shows now. */
export function standaloneSvg(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const live = svg.querySelectorAll('*');
  const copies = copy.querySelectorAll('*');
  live.forEach((el, i) => {
    const target = copies[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    for (const attr of PAINT_ATTRS) {
      const v = el.getAttribute(attr);
      if (v && v.includes('var(')) target.setAttribute(attr, cs.getPropertyValue(attr));
    }
  });
  const bg = getComputedStyle(svg.closest('[data-export-bg]') ?? document.body).backgroundColor;
  const rect = copy.querySelector('.export-bg');
  rect?.setAttribute('fill', bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : '#ffffff');
  copy.removeAttribute('class');
  copy.removeAttribute('role');
  copy.removeAttribute('aria-label');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  t.textContent = title;
  copy.insertBefore(t, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** Renders SVG markup to a PNG blob at `scale` times its size. */
export function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        URL.revokeObjectURL(url);
        reject(new Error('Canvas is not available.'));
        return;
      }
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      );
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The figure could not be drawn.'));
    };
    img.src = url;
  });
}
