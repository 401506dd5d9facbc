// Embed pages: offer each chart as a PNG, drawn in the browser from the chart's
// standalone SVG (which carries the source and licence), at twice its size.
(() => {
  // Inside another site's frame the page shows only the chart and its links: the frame
  // is sized for them, and the PNG button belongs to a visit of the embed page itself.
  if (window.self !== window.top) return;

  async function toPng(figure) {
    const text = await (await fetch(figure.dataset.svgHref)).text();
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    const img = new Image();
    await new Promise((resolve, reject) => { img.onload = resolve; img.onerror = reject; img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const ctx = canvas.getContext('2d');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    URL.revokeObjectURL(url);
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  }

  for (const figure of document.querySelectorAll('figure[data-svg-href]')) {
    const slot = figure.querySelector('.png-tool');
    if (!slot) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Download image (PNG)';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    slot.append(button, ' ', status);
    slot.hidden = false;

    button.addEventListener('click', async () => {
      status.textContent = 'Preparing the image…';
      try {
        const blob = await toPng(figure);
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = figure.dataset.pngName || 'chart.png';
        document.body.append(a);
        a.click();
        a.remove();
        status.textContent = 'Image downloaded.';
      } catch {
        status.textContent = 'Sorry, the image could not be made in this browser. Download the SVG instead.';
      }
    });
    // Arriving from a chart's "Image as PNG" link (#<anchor>-png): put its button under the
    // keyboard, once the browser has finished scrolling to the fragment.
    if (location.hash === `#${slot.id}`) {
      if (document.readyState === 'complete') button.focus();
      else window.addEventListener('load', () => setTimeout(() => button.focus(), 0));
    }
  }
})();
