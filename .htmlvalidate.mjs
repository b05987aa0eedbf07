// html-validate over every built page (`npm run validate:html`).
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    // Astro writes its island runtime style (`astro-island{display:contents}`) next to the first
    // island in the body; browsers apply a body <style> as they would one in <head>.
    { style: { flow: true } },
  ],
  rules: {
    // Markup style the compilers choose (`<br/>`, `disabled=""`), not errors.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // Svelte writes computed positions and sizes as inline styles.
    'no-inline-style': 'off',
  },
};
