import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { registerTranslation } from '../src/controllers/translation-registry.js';
import { de } from '../src/translations/de.js';
import { es } from '../src/translations/es.js';

setCustomElementsManifest(manifest);
// Every UI language, so stories can show a page in Spanish or German.
registerTranslation(es);
registerTranslation(de);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
