import { measureSizes } from '../scripts/size.mjs';

/** Server-side commands the browser tests call through `executeServerCommand`. */
export function signpostCommands() {
  return {
    name: 'signpost-commands',
    async executeCommand({ command }) {
      if (command === 'signpost-sizes') return measureSizes();
      return undefined;
    },
  };
}
